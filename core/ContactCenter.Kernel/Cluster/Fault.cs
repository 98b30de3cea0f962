using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Cluster;

/// <summary>
/// A typed SDK error carried as data between grains. Orleans rebuilds exception types it does not know as generic
/// ones and drops their fields, so grains return a fault and the caller outside the grain throws the SDK error again,
/// with every field intact, on whichever node it runs.
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed record Fault
{
    [Id(0)] public required FaultKind Kind { get; init; }

    [Id(1)] public required string Message { get; init; }

    [Id(2)] public string? EntityType { get; init; }

    [Id(3)] public string? EntityId { get; init; }

    [Id(4)] public InteractionState Current { get; init; }

    [Id(5)] public InteractionState Attempted { get; init; }

    [Id(6)] public string? Detail { get; init; }

    [Id(7)] public Dictionary<string, string[]>? Errors { get; init; }

    [Id(8)] public long? Expected { get; init; }

    [Id(9)] public long? Actual { get; init; }

    public static Fault From(ContactCenterException error) => error switch
    {
        InvalidTransitionException t => new Fault
        {
            Kind = FaultKind.InvalidTransition, Message = t.Message, EntityId = t.InteractionId,
            Current = t.Current, Attempted = t.Attempted, Detail = t.Data[InteractionErrors.DetailKey] as string,
        },
        EntityNotFoundException n => new Fault { Kind = FaultKind.NotFound, Message = n.Message, EntityType = n.EntityType, EntityId = n.Id },
        InvalidRequestException r => new Fault
        {
            Kind = FaultKind.InvalidRequest, Message = r.Message, Errors = r.Errors.ToDictionary(e => e.Key, e => e.Value),
        },
        ConcurrencyConflictException c => new Fault
        {
            Kind = FaultKind.Conflict, Message = c.Message, EntityType = c.EntityType, EntityId = c.Id,
            Expected = c.ExpectedVersion, Actual = c.ActualVersion,
        },
        _ => new Fault { Kind = FaultKind.Other, Message = error.Message },
    };

    public Exception ToException() => Kind switch
    {
        FaultKind.InvalidTransition => InteractionErrors.InvalidTransition(EntityId!, Current, Attempted, Detail),
        FaultKind.NotFound => new EntityNotFoundException(EntityType!, EntityId!),
        FaultKind.InvalidRequest => new InvalidRequestException(Errors!),
        FaultKind.Conflict => new ConcurrencyConflictException(EntityType!, EntityId!, Expected, Actual),
        _ => new InvalidOperationException(Message),
    };
}
