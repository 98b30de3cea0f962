using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>An interaction tells the agent holding it where it stands now.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record WorkUpdate
{
    [Id(0)] public required string InteractionId { get; init; }

    [Id(1)] public required ChannelKind Channel { get; init; }

    /// <summary>The new phase; ignored when <see cref="Removed"/>.</summary>
    [Id(2)] public AgentWorkPhase Phase { get; init; }

    /// <summary>Whether the agent no longer holds the interaction.</summary>
    [Id(3)] public bool Removed { get; init; }

    /// <summary>Whether the agent let the offer time out (the agent becomes NotResponding).</summary>
    [Id(4)] public bool Missed { get; init; }

    /// <summary>The interaction version after the change; the agent ignores anything older than what it has.</summary>
    [Id(5)] public required long Version { get; init; }

    /// <summary>The interaction's queue, whose after-contact-work mode governs its wrap-up; none for direct work.</summary>
    [Id(6)] public string? QueueId { get; init; }
}
