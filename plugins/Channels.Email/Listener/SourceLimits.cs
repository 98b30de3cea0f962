using System.Collections.Concurrent;
using System.Net;

namespace ContactCenter.Plugins.Channels.Email.Listener;

/// <summary>
/// Per remote address: how many connections it holds open, and how many messages it started within the last minute.
/// Counted in memory per node (a restart forgets them), which is what a limit on a misbehaving sender needs.
/// </summary>
internal sealed class SourceLimits(int maxConnections, int maxMessagesPerMinute)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<IPAddress, int> _open = new();
    private readonly ConcurrentDictionary<IPAddress, Queue<DateTimeOffset>> _started = new();

    /// <summary>Counts a new connection; <see langword="false"/> (and nothing counted) when the address already holds the most it may.</summary>
    public bool TryOpen(IPAddress source)
    {
        while (true)
        {
            var open = _open.GetOrAdd(source, 0);
            if (open >= maxConnections)
            {
                return false;
            }

            if (_open.TryUpdate(source, open + 1, open))
            {
                return true;
            }
        }
    }

    public void Close(IPAddress source)
    {
        while (_open.TryGetValue(source, out var open))
        {
            if (open <= 1 ? _open.TryRemove(new KeyValuePair<IPAddress, int>(source, open)) : _open.TryUpdate(source, open - 1, open))
            {
                return;
            }
        }
    }

    /// <summary>Counts a message started now; <see langword="false"/> (and nothing counted) over the per-minute limit.</summary>
    public bool TryStartMessage(IPAddress source, DateTimeOffset now)
    {
        var started = _started.GetOrAdd(source, _ => new Queue<DateTimeOffset>());
        lock (started)
        {
            while (started.Count > 0 && now - started.Peek() >= Window)
            {
                started.Dequeue();
            }

            if (started.Count >= maxMessagesPerMinute)
            {
                return false;
            }

            started.Enqueue(now);
            return true;
        }
    }
}
