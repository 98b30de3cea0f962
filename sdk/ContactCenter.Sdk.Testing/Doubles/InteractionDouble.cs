using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using static ContactCenter.Kernel.Interactions.InteractionChanges;

namespace ContactCenter.Sdk.Testing.Doubles;

/// <summary>
/// The interaction service over an <see cref="InteractionLedger"/>: the kernel's verbs with its rules, without
/// routing (queues are not looked up; the test makes offers). One instance serves the plugin, one the test.
/// </summary>
internal sealed class InteractionDouble(InteractionLedger ledger, bool fromPlugin) : IKernelInteractionService
{
    public ValueTask<Interaction> CreateAsync(string? channelPluginId, NewInteraction request, CancellationToken cancellationToken = default) =>
        ledger.CreateAsync(channelPluginId, request, fromPlugin);

    public ValueTask<Interaction> CreateAsync(NewInteraction request, CancellationToken cancellationToken = default) =>
        ledger.CreateAsync(null, request, fromPlugin);

    public ValueTask<Interaction?> GetAsync(string interactionId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ledger.Find(interactionId, fromPlugin));

    public ValueTask<Interaction> StartSelfServiceAsync(string interactionId, CancellationToken cancellationToken = default) =>
        One("StartSelfService", interactionId, InteractionVerb.StartSelfService, cancellationToken, (i, now) => Join(i, ParticipantRole.Bot, "self-service", now));

    public ValueTask<Interaction> EnqueueAsync(string interactionId, EnqueueRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.QueueId) || request.Priority is < 1 or > 99)
        {
            throw new InvalidRequestException("queueId", "Name a queue, and a priority from 1 to 99 when overriding it.");
        }

        return One("Enqueue", interactionId, InteractionVerb.Enqueue, cancellationToken, (i, now) =>
            OpenLeg(EndLeg(Leave(i, ParticipantRole.Bot, now), now, "requeued") with
            {
                QueueId = request.QueueId, Priority = request.Priority ?? i.Priority, RequiredSkills = request.AdditionalSkills,
                PreferredAgentId = request.PreferredAgentId, QueuedAt = i.QueueId == request.QueueId ? i.QueuedAt ?? now : now,
            }, request.QueueId, now));
    }

    /// <summary>What the kernel's routing does: offers queued work to an agent.</summary>
    public ValueTask<Interaction> OfferAsync(string interactionId, string agentId, TimeSpan timeout, CancellationToken cancellationToken) =>
        One("Offer", Require(agentId, interactionId), InteractionVerb.Offer, cancellationToken, (i, now) => i with { AgentId = agentId, OfferExpiresAt = now + timeout });

    public ValueTask<Interaction> AcceptOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        ledger.MoveAsync("AcceptOffer", interactionId, fromPlugin, i =>
        {
            EnsureOfferedTo(i, agentId, InteractionState.Connected);
            return [ledger.Step(i, InteractionVerb.Accept, x => Join(ConnectLeg(x, agentId, x.StateChangedAt), ParticipantRole.Agent, agentId, x.StateChangedAt))];
        }, cancellationToken);

    public ValueTask<Interaction> RejectOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        ledger.MoveAsync("RejectOffer", interactionId, fromPlugin, i =>
        {
            EnsureOfferedTo(i, agentId, InteractionState.Queued);
            return [ledger.Step(i, InteractionVerb.Reject, x => x with { AgentId = null }, "offer-rejected")];
        }, cancellationToken);

    public ValueTask<Interaction> ConnectAsync(string interactionId, string agentId, CancellationToken cancellationToken = default) =>
        One("Connect", Require(agentId, interactionId), InteractionVerb.Connect, cancellationToken,
            (i, now) => Join(ConnectLeg(i with { AgentId = agentId }, agentId, now), ParticipantRole.Agent, agentId, now));

    public ValueTask<Interaction> HoldAsync(string interactionId, CancellationToken cancellationToken = default) =>
        One("Hold", interactionId, InteractionVerb.Hold, cancellationToken);

    public ValueTask<Interaction> ResumeAsync(string interactionId, CancellationToken cancellationToken = default) =>
        One("Resume", interactionId, InteractionVerb.Resume, cancellationToken);

    public ValueTask<Interaction> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default)
    {
        if (target is null || (target.QueueId is null) == (target.AgentId is null))
        {
            throw new InvalidRequestException("target", "Name exactly one of a queue or an agent to transfer to.");
        }

        return ledger.MoveAsync("Transfer", interactionId, fromPlugin, i =>
        {
            var away = ledger.Step(i, InteractionVerb.Transfer, x => Leave(EndLeg(x, x.StateChangedAt, "transferred"), ParticipantRole.Agent, x.StateChangedAt) with { AgentId = null }, target.Reason);
            var onwards = target.QueueId is { } queue
                ? new TransitionStep(away.After, Move(away.After, InteractionState.Queued, away.After.StateChangedAt, x => OpenLeg(x with { QueueId = queue, PreferredAgentId = null, QueuedAt = x.StateChangedAt }, queue, x.StateChangedAt)), null)
                : new TransitionStep(away.After, Move(away.After, InteractionState.Offered, away.After.StateChangedAt, x => OpenLeg(x, x.QueueId, x.StateChangedAt) with { AgentId = target.AgentId }), null);
            return [away, onwards];
        }, cancellationToken);
    }

    public ValueTask<Interaction> EndContactAsync(string interactionId, CancellationToken cancellationToken = default) =>
        One("EndContact", interactionId, InteractionVerb.EndContact, cancellationToken, (i, now) => Leave(i, ParticipantRole.Customer, now));

    public ValueTask<Interaction> CloseAsync(string interactionId, DispositionRef? disposition, CancellationToken cancellationToken = default) =>
        ledger.MoveAsync("Close", interactionId, fromPlugin, i =>
        {
            InteractionVerbs.Ensure(i.Id, InteractionVerb.Close, i.State);
            InteractionRequests.CheckDisposition(disposition, required: i.State == InteractionState.WrapUp);
            return [ledger.Step(i, InteractionVerb.Close, x => Finish(x, x.StateChangedAt, "closed", null) with { Disposition = disposition })];
        }, cancellationToken);

    public ValueTask<Interaction> AbandonAsync(string interactionId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var checkedReason = InteractionRequests.CheckReason(reason, required: false);
        return One("Abandon", interactionId, InteractionVerb.Abandon, cancellationToken, (i, now) => Finish(i, now, "abandoned", checkedReason), checkedReason);
    }

    public ValueTask<Interaction> FailAsync(string interactionId, string reason, CancellationToken cancellationToken = default)
    {
        var checkedReason = InteractionRequests.CheckReason(reason, required: true);
        return One("Fail", interactionId, InteractionVerb.Fail, cancellationToken, (i, now) => Finish(i, now, "failed", checkedReason), checkedReason);
    }

    private ValueTask<Interaction> One(string operation, string interactionId, InteractionVerb verb, CancellationToken cancellationToken, Func<Interaction, DateTimeOffset, Interaction>? change = null, string? reason = null) =>
        ledger.MoveAsync(operation, interactionId, fromPlugin, i => [ledger.Step(i, verb, change is null ? null : x => change(x, x.StateChangedAt), reason)], cancellationToken);

    private static string Require(string agentId, string interactionId) =>
        string.IsNullOrWhiteSpace(agentId) ? throw new InvalidRequestException("agentId", "An agent id is required.") : interactionId;

    private static void EnsureOfferedTo(Interaction current, string agentId, InteractionState attempted)
    {
        if (current.State == InteractionState.Offered && current.AgentId != agentId)
        {
            throw InteractionErrors.InvalidTransition(current.Id, current.State, attempted, $"it is offered to agent '{current.AgentId}', not to '{agentId}'");
        }
    }
}
