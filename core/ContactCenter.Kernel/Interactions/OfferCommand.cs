namespace ContactCenter.Kernel.Interactions;

/// <summary>Routing's order to offer a queued interaction to an agent it has already reserved.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record OfferCommand
{
    [Id(0)] public required string AgentId { get; init; }

    /// <summary>The interaction version routing saw; the offer is refused if the interaction moved since.</summary>
    [Id(1)] public required long ExpectedVersion { get; init; }

    [Id(2)] public required DateTimeOffset ExpiresAt { get; init; }
}
