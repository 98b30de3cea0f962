using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>A simulated agent: what routing sees (skills, capacity) and what it cannot see (quality and speed per queue).</summary>
public sealed record SimulatedAgent
{
    /// <summary>The agent id.</summary>
    public required string Id { get; init; }

    /// <summary>Skills with levels, as the directory holds them.</summary>
    public required IReadOnlyList<AgentSkill> Skills { get; init; }

    /// <summary>Probability of resolving a contact of each queue (hidden from routing).</summary>
    public required IReadOnlyDictionary<string, double> Quality { get; init; }

    /// <summary>Handle time multiplier for each queue (hidden from routing; 1 = the queue's average).</summary>
    public required IReadOnlyDictionary<string, double> Speed { get; init; }
}
