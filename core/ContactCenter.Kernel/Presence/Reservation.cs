using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>A request to hold an agent for an offer.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record Reservation
{
    [Id(0)] public required string InteractionId { get; init; }

    [Id(1)] public required ChannelKind Channel { get; init; }

    /// <summary>The interaction version the offer will have.</summary>
    [Id(2)] public required long Version { get; init; }
}
