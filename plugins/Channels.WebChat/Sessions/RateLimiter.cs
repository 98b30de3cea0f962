using ContactCenter.Sdk.Services;

namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>A token bucket on the plugin's clock: <c>capacity</c> at once, refilled evenly over a minute.</summary>
internal sealed class RateLimiter(IClock clock, int perMinute, int capacity)
{
    private readonly Lock _gate = new();
    private double _tokens = capacity;
    private DateTimeOffset _last = clock.UtcNow;

    public bool TryTake()
    {
        lock (_gate)
        {
            var now = clock.UtcNow;
            var elapsed = Math.Max(0, (now - _last).TotalMinutes);
            _tokens = Math.Min(capacity, _tokens + (elapsed * perMinute));
            _last = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens -= 1;
            return true;
        }
    }
}
