using System.Collections.Concurrent;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// Tells a mailbox's watcher that its account changed on this node: the token a session took is cancelled, so an IDLE
/// or a wait ends and the watcher reconnects with the new settings at once (other nodes pick it up within a poll).
/// </summary>
internal sealed class WakeSignal : IDisposable
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _sources = new(StringComparer.Ordinal);

    public CancellationToken TokenFor(string channel) => _sources.GetOrAdd(channel, _ => new CancellationTokenSource()).Token;

    public void Wake(string channel)
    {
        if (_sources.TryRemove(channel, out var source))
        {
            source.Cancel();
            source.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var source in _sources.Values)
        {
            source.Dispose();
        }

        _sources.Clear();
    }
}
