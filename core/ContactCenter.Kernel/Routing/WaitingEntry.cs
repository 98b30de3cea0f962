using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing;

/// <summary>One piece of waiting work as routing sees it, in routing order.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record WaitingEntry
{
    [Id(0)] public required string InteractionId { get; init; }

    [Id(1)] public string? QueueId { get; init; }

    [Id(2)] public required int Priority { get; init; }

    [Id(3)] public DateTimeOffset? QueuedAt { get; init; }

    [Id(4)] public required InteractionState State { get; init; }

    [Id(5)] public string? AgentId { get; init; }
}
