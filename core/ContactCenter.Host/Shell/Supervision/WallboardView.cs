using ContactCenter.Kernel.Metrics;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>What the wallboard shows at one moment: the metrics the supervisor may see and their agents.</summary>
/// <param name="Metrics">The snapshot, filtered to the supervisor's teams.</param>
/// <param name="Agents">The supervisor's agents, by name.</param>
public sealed record WallboardView(MetricsSnapshot Metrics, IReadOnlyList<AgentRow> Agents);
