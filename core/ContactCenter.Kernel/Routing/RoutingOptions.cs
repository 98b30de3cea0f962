namespace ContactCenter.Kernel.Routing;

/// <summary>Settings of the kernel's offer path.</summary>
public sealed class RoutingOptions
{
    /// <summary>
    /// How long (wall-clock) a routing strategy may take before the kernel falls back to <c>longest-idle</c>.
    /// Default 500 ms.
    /// </summary>
    public TimeSpan StrategyBudget { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How often (wall-clock) routing re-reads waiting work from the store, a safety net for lost notifications.
    /// Default 5 s.
    /// </summary>
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The offer timeout when the queue is gone (e.g. deleted while work waited). Default 20 s.</summary>
    public TimeSpan DefaultOfferTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How often (wall-clock) routing applies what time changes (overflow steps, preferred-agent waits, the longest wait)
    /// on the kernel clock and publishes changed queue snapshots. Default 1 s.
    /// </summary>
    public TimeSpan TickInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many positions a published queue snapshot lists at most. Default 100.</summary>
    public int SnapshotPositions { get; set; } = 100;
}
