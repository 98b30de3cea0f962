using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>An interaction the store says an agent holds; used to reconcile the agent after a restart.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record WorkAssignment
{
    [Id(0)] public required string InteractionId { get; init; }

    [Id(1)] public required ChannelKind Channel { get; init; }

    [Id(2)] public required AgentWorkPhase Phase { get; init; }

    [Id(3)] public required DateTimeOffset Since { get; init; }

    [Id(4)] public required long Version { get; init; }

    /// <summary>The interaction's queue (its after-contact-work mode), if any.</summary>
    [Id(5)] public string? QueueId { get; init; }
}
