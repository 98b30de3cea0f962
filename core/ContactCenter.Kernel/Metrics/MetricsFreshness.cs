namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// Whether the engine's inputs are current: not before the start-up rebuild finished, not while events published on the
/// bus wait to be applied for longer than <c>StaleAfter</c>, not when the last event applied arrived late by more than that.
/// </summary>
internal sealed class MetricsFreshness(TimeSpan staleAfter)
{
    private long _seen;
    private long _applied;
    private long _behindSinceTicks;
    private long _lateByTicks;

    public bool Rebuilt { get; set; }

    public void Seen(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref _seen) > Interlocked.Read(ref _applied))
        {
            Interlocked.CompareExchange(ref _behindSinceTicks, now.UtcTicks, 0);
        }
    }

    public void Applied(DateTimeOffset eventTime, DateTimeOffset now)
    {
        Interlocked.Exchange(ref _lateByTicks, Math.Max(0, (now - eventTime).Ticks));
        if (Interlocked.Increment(ref _applied) >= Interlocked.Read(ref _seen))
        {
            Interlocked.Exchange(ref _behindSinceTicks, 0);
        }
    }

    /// <summary>Why the metrics are stale at <paramref name="now"/>, or null when they are fresh.</summary>
    public string? StaleReason(DateTimeOffset now)
    {
        if (!Rebuilt)
        {
            return "rebuilding from the store after start-up";
        }

        var behindSince = Interlocked.Read(ref _behindSinceTicks);
        if (behindSince != 0 && now.UtcTicks - behindSince > staleAfter.Ticks)
        {
            return $"{Interlocked.Read(ref _seen) - Interlocked.Read(ref _applied)} event(s) not applied for over {staleAfter.TotalSeconds:0} s";
        }

        var late = TimeSpan.FromTicks(Interlocked.Read(ref _lateByTicks));
        return late > staleAfter ? $"the event feed is behind by {late.TotalSeconds:0} s" : null;
    }
}
