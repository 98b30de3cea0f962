namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>A plugin's timer: runs the callback with failures logged, and leaves the tracking when disposed.</summary>
internal sealed class TrackedTimer(PluginClock owner, TimerCallback callback, object? state) : ITimer
{
    private ITimer? _inner;
    private TimerCallback? _callback = callback;
    private object? _state = state;

    public void Attach(ITimer inner) => _inner = inner;

    public void Fire()
    {
        var run = _callback;
        if (run is null)
        {
            return;
        }

        try
        {
            run(_state);
        }
        catch (Exception ex)
        {
            // Plugin boundary: a throwing callback must not kill the timer thread; the SDK promises it keeps running.
            owner.OnCallbackFailed(ex);
        }
    }

    public bool Change(TimeSpan dueTime, TimeSpan period) => _inner?.Change(dueTime, period) ?? false;

    public void Dispose()
    {
        _inner?.Dispose();

        // Drop the references into plugin code even if the kernel's timer lingers in a queue.
        _callback = null;
        _state = null;
        owner.Untrack(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
