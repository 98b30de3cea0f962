namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>
/// Estimated wait from the queue's own recent service rate: an exponentially weighted mean of the time between two
/// interactions leaving the queue for an agent (the last ~20 departures weigh most). Position p then waits about p such
/// intervals. Only intervals during which work kept waiting count: while the queue is empty, departures are spaced by
/// arrivals, not by service. This measures what the queue really gets from shared, multi-skilled agents, which the naive estimate
/// (position × AHT ÷ agents staffed) cannot see. Until it has seen two departures it falls back to the naive estimate.
/// </summary>
internal sealed class WaitEstimator
{
    private const double Weight = 0.1;
    private DateTimeOffset? _lastDeparture;
    private double? _interval;
    private bool _backlogged;

    public TimeSpan? MeanInterval => _interval is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>Records one interaction leaving the queue for an agent, with how many still wait behind it.</summary>
    public void Departed(DateTimeOffset at, int stillWaiting)
    {
        if (_backlogged && _lastDeparture is { } last && at >= last)
        {
            var seconds = (at - last).TotalSeconds;
            _interval = _interval is { } mean ? mean + (Weight * (seconds - mean)) : seconds;
        }

        _lastDeparture = at > (_lastDeparture ?? DateTimeOffset.MinValue) ? at : _lastDeparture;
        _backlogged = stillWaiting > 0;
    }

    /// <summary>The expected remaining wait of the item at <paramref name="position"/> (1 = next).</summary>
    public TimeSpan Estimate(int position, TimeSpan averageHandleTime, int staffed) =>
        _interval is { } seconds ? TimeSpan.FromSeconds(position * seconds) : Naive(position, averageHandleTime, staffed);

    /// <summary>The textbook estimate: position × AHT ÷ agents staffed (one AHT when nobody is staffed).</summary>
    public static TimeSpan Naive(int position, TimeSpan averageHandleTime, int staffed) =>
        TimeSpan.FromSeconds(position * averageHandleTime.TotalSeconds / Math.Max(1, staffed));
}
