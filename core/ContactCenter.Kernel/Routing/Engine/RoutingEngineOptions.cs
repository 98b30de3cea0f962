namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>Tuning of the routing engine.</summary>
internal sealed record RoutingEngineOptions
{
    /// <summary>How long work a strategy declined (ranked nobody) waits before it is tried again.</summary>
    public TimeSpan DeclinedRetry { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How deep a free agent looks into one queue lane for work it may take. Work in one lane of one queue shares its
    /// requirements except for extra skills and preferred agents, so the first items decide; deeper work is found by
    /// the item's own matching when it changes (step, retry) or by the dispatcher's periodic full pass.
    /// </summary>
    public int ScanDepth { get; init; } = 64;

    /// <summary>The handle time the naive wait estimate assumes when a queue has no history.</summary>
    public TimeSpan AverageHandleTime { get; init; } = TimeSpan.FromMinutes(5);
}
