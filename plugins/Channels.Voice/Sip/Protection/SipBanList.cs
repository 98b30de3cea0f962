using System.Collections.Concurrent;
using System.Net;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Protection;

/// <summary>
/// Temporary bans after repeated failed authentications from one source (brute-force protection): after
/// <see cref="SipProtectionOptions.MaxAuthFailures"/> failures within the window the source is banned for
/// <see cref="SipProtectionOptions.BanDuration"/>. A successful authentication clears the count.
/// </summary>
internal sealed class SipBanList(SipProtectionOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<IPAddress, Record> _records = new();

    public bool IsBanned(IPAddress source)
    {
        if (!_records.TryGetValue(source, out var record))
        {
            return false;
        }

        lock (record)
        {
            return record.BannedUntil is { } until && until > time.GetUtcNow();
        }
    }

    /// <summary>Counts a failure; returns true when this failure starts a ban.</summary>
    public bool RecordFailure(IPAddress source)
    {
        var now = time.GetUtcNow();
        if (_records.Count >= options.MaxTrackedSources)
        {
            Evict(now);
        }

        var record = _records.GetOrAdd(source, _ => new Record());
        lock (record)
        {
            if (record.BannedUntil is { } until && until > now)
            {
                return false;
            }

            record.Failures.Enqueue(now);
            while (record.Failures.TryPeek(out var oldest) && now - oldest > options.FailureWindow)
            {
                record.Failures.Dequeue();
            }

            if (record.Failures.Count < options.MaxAuthFailures)
            {
                return false;
            }

            record.Failures.Clear();
            record.BannedUntil = now + options.BanDuration;
            return true;
        }
    }

    public void RecordSuccess(IPAddress source) => _records.TryRemove(source, out _);

    private void Evict(DateTimeOffset now)
    {
        foreach (var (address, record) in _records)
        {
            lock (record)
            {
                var banned = record.BannedUntil is { } until && until > now;
                var recent = record.Failures.TryPeek(out var oldest) && now - oldest <= options.FailureWindow;
                if (!banned && !recent)
                {
                    _records.TryRemove(address, out _);
                }
            }
        }
    }

    private sealed class Record
    {
        public Queue<DateTimeOffset> Failures { get; } = new();

        public DateTimeOffset? BannedUntil { get; set; }
    }
}
