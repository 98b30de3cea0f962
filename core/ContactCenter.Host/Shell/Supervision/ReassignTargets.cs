using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>What the wallboard's reassign picker offers: the work that can move and where it can go.</summary>
/// <param name="Work">Queued and offered interactions of the supervisor's queues and agents, longest waiting first.</param>
/// <param name="Agents">Agents of the supervisor's teams who are available now (routable, no offer pending), by name.</param>
/// <param name="Queues">Queues of the supervisor's service lines (every queue for an unscoped caller), by name.</param>
public sealed record ReassignTargets(IReadOnlyList<Interaction> Work, IReadOnlyList<Agent> Agents, IReadOnlyList<Queue> Queues)
{
    public static ReassignTargets Empty { get; } = new([], [], []);
}
