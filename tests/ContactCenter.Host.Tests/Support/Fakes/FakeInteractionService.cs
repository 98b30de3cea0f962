using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Host.Tests.Support.Fakes;

/// <summary>
/// Records calls and answers with a snapshot in the state the call leads to. Magic ids make it throw each SDK error:
/// <c>missing</c>, <c>illegal</c>, <c>stale</c>, <c>bad</c>, <c>huge</c>, and <c>crash</c> (an unexpected error).
/// </summary>
internal sealed class FakeInteractionService : IKernelInteractionService
{
    public const string InternalDetail = "internal detail that must never reach a client";

    public static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public List<string> Calls { get; } = [];

    public ValueTask<Interaction> CreateAsync(string? channelPluginId, NewInteraction request, CancellationToken cancellationToken = default)
    {
        Calls.Add($"create:{channelPluginId ?? "api"}:{request.Channel}");
        return ValueTask.FromResult(Snapshot("i-1", InteractionState.Created) with { Channel = request.Channel, Subject = request.Subject });
    }

    public ValueTask<Interaction> CreateAsync(NewInteraction request, CancellationToken cancellationToken = default) =>
        CreateAsync(null, request, cancellationToken);

    public ValueTask<Interaction?> GetAsync(string interactionId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(interactionId == "missing" ? null : (Interaction?)Snapshot(interactionId, InteractionState.Queued));

    public ValueTask<Interaction> StartSelfServiceAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Move("self-service", interactionId, InteractionState.SelfService);

    public ValueTask<Interaction> EnqueueAsync(string interactionId, EnqueueRequest request, CancellationToken cancellationToken = default) =>
        Move($"enqueue:{request.QueueId}", interactionId, InteractionState.Queued);

    public ValueTask<Interaction> AcceptOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        Move($"accept:{agentId}", interactionId, InteractionState.Connected);

    public ValueTask<Interaction> RejectOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        Move($"reject:{agentId}", interactionId, InteractionState.Queued);

    public ValueTask<Interaction> ConnectAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        Move($"connect:{agentId}", interactionId, InteractionState.Connected);

    public ValueTask<Interaction> HoldAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Move("hold", interactionId, InteractionState.Held);

    public ValueTask<Interaction> ResumeAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Move("resume", interactionId, InteractionState.Connected);

    public ValueTask<Interaction> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default) =>
        Move($"transfer:{target.QueueId ?? target.AgentId}", interactionId, InteractionState.Transferred);

    public ValueTask<Interaction> EndContactAsync(string interactionId, CancellationToken cancellationToken = default) =>
        Move("end", interactionId, InteractionState.WrapUp);

    public ValueTask<Interaction> CloseAsync(string interactionId, DispositionRef? disposition, CancellationToken cancellationToken = default) =>
        Move($"close:{disposition?.Code ?? "none"}", interactionId, InteractionState.Closed);

    public ValueTask<Interaction> AbandonAsync(string interactionId, string? reason = null, CancellationToken cancellationToken = default) =>
        Move($"abandon:{reason ?? "none"}", interactionId, InteractionState.Abandoned);

    public ValueTask<Interaction> FailAsync(string interactionId, string reason, CancellationToken cancellationToken = default) =>
        Move($"fail:{reason}", interactionId, InteractionState.Failed);

    private ValueTask<Interaction> Move(string call, string id, InteractionState to)
    {
        Calls.Add($"{call}@{id}");
        return id switch
        {
            "missing" => throw new EntityNotFoundException("interaction", id),
            "illegal" => throw new InvalidTransitionException(id, InteractionState.Closed, to),
            "stale" => throw new ConcurrencyConflictException("interaction", id, 3, 4),
            "bad" => throw new InvalidRequestException(new Dictionary<string, string[]> { ["queueId"] = ["Unknown queue."], ["priority"] = ["Must be 1-99."] }),
            "huge" => throw new RequestTooLargeException(1024),
            "crash" => throw new InvalidOperationException(InternalDetail),
            _ => ValueTask.FromResult(Snapshot(id, to)),
        };
    }

    private static Interaction Snapshot(string id, InteractionState state) => new()
    {
        Id = id,
        Channel = ChannelKind.Chat,
        Direction = Direction.Inbound,
        State = state,
        Version = 2,
        CreatedAt = Now,
        StateChangedAt = Now,
    };
}
