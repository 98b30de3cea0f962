using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>One contact arriving in a queue, with its own random draws (so every strategy meets the same customer).</summary>
public sealed record Arrival
{
    /// <summary>The interaction id.</summary>
    public required string Id { get; init; }

    /// <summary>Seconds after the start of the day.</summary>
    public required double AtSeconds { get; init; }

    /// <summary>The queue.</summary>
    public required string QueueId { get; init; }

    /// <summary>The channel.</summary>
    public required ChannelKind Channel { get; init; }

    /// <summary>The customer.</summary>
    public string? ContactId { get; init; }

    /// <summary>Handle time by an agent of average speed, in seconds.</summary>
    public required double HandleSeconds { get; init; }

    /// <summary>How long the customer waits before abandoning, in seconds.</summary>
    public required double PatienceSeconds { get; init; }

    /// <summary>Uniform draws in [0, 1) that decide resolution, transfer or repeat, and the survey.</summary>
    public required IReadOnlyList<double> Draws { get; init; }
}
