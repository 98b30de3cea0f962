namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>
/// Occupancy as an exponentially weighted share of routable time spent holding work (half-life 30 minutes): recent
/// work counts most, and time not routable (break, offline) counts for nothing either way.
/// </summary>
internal sealed class OccupancyTracker
{
    private static readonly double HalfLifeSeconds = TimeSpan.FromMinutes(30).TotalSeconds;
    private double _busy;
    private double _routable;
    private DateTimeOffset? _since;
    private bool _wasRoutable;
    private bool _wasBusy;

    public double Value => _routable <= 0 ? 0 : Math.Clamp(_busy / _routable, 0, 1);

    /// <summary>Accounts for the time since the last observation, then records the agent's state from <paramref name="now"/>.</summary>
    public void Observe(DateTimeOffset now, bool routable, bool busy)
    {
        if (_since is { } since && now > since)
        {
            var seconds = (now - since).TotalSeconds;
            var decay = Math.Pow(0.5, seconds / HalfLifeSeconds);
            _busy *= decay;
            _routable *= decay;
            if (_wasRoutable)
            {
                _routable += seconds;
                _busy += _wasBusy ? seconds : 0;
            }
        }

        _since = now > (_since ?? DateTimeOffset.MinValue) ? now : _since;
        _wasRoutable = routable;
        _wasBusy = busy;
    }
}
