namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// Remembers that the folder's message count changed, also while no IDLE is running: mail that arrives while a drain
/// is still moving the previous one is announced then (in the answer to MOVE), not again when IDLE starts, so the next
/// IDLE must not begin at all, or it would sleep on mail already waiting.
/// </summary>
internal sealed class NewMailLatch
{
    private readonly Lock _gate = new();
    private bool _changed;
    private CancellationTokenSource? _idle;

    public void OnCountChanged(object? sender, EventArgs e)
    {
        lock (_gate)
        {
            _changed = true;
            _idle?.Cancel();
        }
    }

    /// <summary>Forgets earlier changes before a drain reads the folder.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _changed = false;
        }
    }

    /// <summary>Lets a change end this IDLE; answers <see langword="false"/> when the folder already changed since the drain began.</summary>
    public bool Arm(CancellationTokenSource idle)
    {
        lock (_gate)
        {
            if (_changed)
            {
                return false;
            }

            _idle = idle;
            return true;
        }
    }

    public void Disarm()
    {
        lock (_gate)
        {
            _idle = null;
        }
    }
}
