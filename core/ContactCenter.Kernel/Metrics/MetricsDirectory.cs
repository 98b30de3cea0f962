namespace ContactCenter.Kernel.Metrics;

/// <summary>The directory facts the engine groups by: agents' teams and lines, teams' lines, queues' service-level thresholds.</summary>
internal sealed record MetricsDirectory
{
    public static MetricsDirectory Empty { get; } = new();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> AgentTeams { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> AgentLines { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyDictionary<string, string?> TeamLines { get; init; } = new Dictionary<string, string?>();

    public IReadOnlyDictionary<string, TimeSpan> QueueThresholds { get; init; } = new Dictionary<string, TimeSpan>();

    public IReadOnlyList<string> TeamsOf(string? agentId, string? serviceLineId) =>
        agentId is not null && AgentTeams.TryGetValue(agentId, out var teams) ? teams
        : serviceLineId is null ? [] : [.. TeamLines.Where(t => t.Value == serviceLineId).Select(t => t.Key)];
}
