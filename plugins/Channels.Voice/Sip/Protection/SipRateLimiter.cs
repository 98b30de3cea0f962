using System.Collections.Concurrent;
using System.Net;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Protection;

/// <summary>
/// Token bucket per source address on injected time: each request takes a token, tokens refill at
/// <see cref="SipProtectionOptions.RequestsPerSecond"/> up to <see cref="SipProtectionOptions.Burst"/>.
/// </summary>
internal sealed class SipRateLimiter(SipProtectionOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<IPAddress, Bucket> _buckets = new();

    public bool TryAcquire(IPAddress source)
    {
        var now = time.GetUtcNow();
        if (_buckets.Count >= options.MaxTrackedSources)
        {
            Evict(now);
        }

        var bucket = _buckets.GetOrAdd(source, _ => new Bucket(options.Burst, now));
        lock (bucket)
        {
            var elapsed = (now - bucket.Updated).TotalSeconds;
            bucket.Tokens = Math.Min(options.Burst, bucket.Tokens + (Math.Max(0, elapsed) * options.RequestsPerSecond));
            bucket.Updated = now;
            if (bucket.Tokens < 1)
            {
                return false;
            }

            bucket.Tokens -= 1;
            return true;
        }
    }

    /// <summary>Drops buckets that have refilled completely: forgetting them changes nothing.</summary>
    private void Evict(DateTimeOffset now)
    {
        var full = TimeSpan.FromSeconds(options.Burst / Math.Max(options.RequestsPerSecond, 0.001));
        foreach (var (address, bucket) in _buckets)
        {
            if (now - bucket.Updated >= full)
            {
                _buckets.TryRemove(address, out _);
            }
        }
    }

    private sealed class Bucket(double tokens, DateTimeOffset updated)
    {
        public double Tokens { get; set; } = tokens;

        public DateTimeOffset Updated { get; set; } = updated;
    }
}
