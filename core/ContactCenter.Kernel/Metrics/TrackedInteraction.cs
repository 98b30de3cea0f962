using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Metrics;

/// <summary>What the engine keeps of a live interaction: where it is and since when it waits or is handled.</summary>
internal sealed record TrackedInteraction
{
    public required string Id { get; init; }

    public required ChannelKind Channel { get; init; }

    public string? QueueId { get; init; }

    public string? ServiceLineId { get; init; }

    public string? AgentId { get; init; }

    public required InteractionState State { get; init; }

    public required long Version { get; init; }

    public DateTimeOffset? WaitingSince { get; init; }

    public DateTimeOffset? ConnectedAt { get; init; }

    /// <summary>Internal work (not a customer contact, see <see cref="CustomerContacts"/>): counted apart.</summary>
    public bool Internal { get; init; }
}
