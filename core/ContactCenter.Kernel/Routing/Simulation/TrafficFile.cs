using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>
/// A day of traffic to replay: the queues, the agents (with the hidden profile that decides how well and how fast each
/// serves each queue) and the arrivals. Everything random is drawn into the file, so the same file against two
/// strategies differs only by the routing.
/// </summary>
public sealed record TrafficFile
{
    /// <summary>The seed the arrivals were drawn with.</summary>
    public int Seed { get; init; }

    /// <summary>The seed the agent population was drawn with (train and evaluation files of one population share it).</summary>
    public int PopulationSeed { get; init; }

    /// <summary>Start of the simulated day.</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>The queues.</summary>
    public required IReadOnlyList<Queue> Queues { get; init; }

    /// <summary>The agents, all staffed for the whole day.</summary>
    public required IReadOnlyList<SimulatedAgent> Agents { get; init; }

    /// <summary>The arrivals, in time order.</summary>
    public required IReadOnlyList<Arrival> Arrivals { get; init; }
}
