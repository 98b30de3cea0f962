using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using static ContactCenter.Kernel.Interactions.InteractionChanges;

namespace ContactCenter.Kernel.Interactions;

/// <summary>The lifecycle verbs of <see cref="InteractionGrain"/>.</summary>
internal sealed partial class InteractionGrain
{
    public Task<Outcome<Interaction>> CreateAsync(CreateInteraction command) => Outcomes.Run(async () =>
    {
        if (_current is not null)
        {
            return _current;
        }

        var request = command.Request;
        var now = time.GetUtcNow();
        var created = new Interaction
        {
            Id = Id, Channel = request.Channel, Direction = request.Direction, State = InteractionState.Created, Version = 1,
            ChannelPluginId = command.ChannelPluginId, ChannelName = request.ChannelName, ExternalId = request.ExternalId,
            ServiceLineId = request.ServiceLineId, ContactId = request.ContactId, Subject = request.Subject,
            CreatedAt = now, StateChangedAt = now, Attributes = request.Attributes,
        };
        if (request.Direction != Direction.Internal)
        {
            created = Join(created, ParticipantRole.Customer, request.ContactId ?? "customer", now);
        }

        _storeVersion = await journal.InsertAsync(created, CancellationToken.None).ConfigureAwait(true);
        _current = created;
        return created;
    });

    public Task<Outcome<Interaction>> GetAsync() => Outcomes.Run(() => Task.FromResult(Current()));

    public Task<Outcome<Interaction>> StartSelfServiceAsync() => Outcomes.Run(() =>
        MoveAsync(InteractionVerb.StartSelfService, i => Join(i, ParticipantRole.Bot, "self-service", time.GetUtcNow())));

    public Task<Outcome<Interaction>> EnqueueAsync(EnqueueRequest request) => Outcomes.Run(async () =>
    {
        InteractionVerbs.Ensure(Id, InteractionVerb.Enqueue, Current().State);
        var routing = await InteractionRequests.ResolveEnqueueAsync(directory, request).ConfigureAwait(true);
        var now = time.GetUtcNow();
        return await MoveAsync(InteractionVerb.Enqueue, i =>
        {
            var sameQueue = i.QueueId == routing.Queue.Id && i.QueuedAt is not null;
            var queued = Leave(i, ParticipantRole.Bot, now) with
            {
                QueueId = routing.Queue.Id, ServiceLineId = i.ServiceLineId ?? routing.Queue.ServiceLineId, Priority = routing.Priority,
                RequiredSkills = routing.Skills, PreferredAgentId = request.PreferredAgentId, QueuedAt = sameQueue ? i.QueuedAt : now,
            };
            return queued.Legs.Count > 0 && queued.Legs[^1] is { EndedAt: null } open && open.QueueId == routing.Queue.Id
                ? queued
                : OpenLeg(EndLeg(queued, now, "requeued"), routing.Queue.Id, now);
        }).ConfigureAwait(true);
    });

    public Task<Outcome<Interaction>> OfferAsync(OfferCommand command) => Outcomes.Run(() =>
    {
        var current = Current();
        if (current.Version != command.ExpectedVersion)
        {
            throw new ConcurrencyConflictException("interaction", Id, command.ExpectedVersion, current.Version);
        }

        return MoveAsync(InteractionVerb.Offer, i => i with { AgentId = command.AgentId, OfferExpiresAt = command.ExpiresAt });
    });

    public Task<Outcome<Interaction>> AcceptAsync(string agentId) => Outcomes.Run(async () =>
    {
        EnsureOfferedTo(agentId, InteractionState.Connected);
        var now = time.GetUtcNow();
        await MoveAsync(InteractionVerb.Accept, i => Join(ConnectLeg(i, agentId, now), ParticipantRole.Agent, agentId, now)).ConfigureAwait(true);
        await TellAgentAsync(agentId, AgentWorkPhase.Connected).ConfigureAwait(true);
        return _current!;
    });

    public Task<Outcome<Interaction>> RejectAsync(string agentId) => Outcomes.Run(async () =>
    {
        EnsureOfferedTo(agentId, InteractionState.Queued);
        await MoveAsync(InteractionVerb.Reject, i => i with { AgentId = null }, "offer-rejected").ConfigureAwait(true);
        await TellAgentAsync(agentId, AgentWorkPhase.Offered, removed: true).ConfigureAwait(true);
        return _current!;
    });

    public async Task ExpireOfferAsync(long offeredVersion)
    {
        if (_current is not { State: InteractionState.Offered } offered || offered.Version != offeredVersion)
        {
            return;
        }

        if (offered.OfferExpiresAt > time.GetUtcNow())
        {
            ArmOfferTimer();
            return;
        }

        var outcome = await Outcomes.Run(() => MoveAsync(InteractionVerb.ExpireOffer, i => i with { AgentId = null }, "offer-timeout")).ConfigureAwait(true);
        if (outcome.Fault is { } fault)
        {
            LogOfferTimeoutRefused(Id, fault.Message);
            return;
        }

        LogOfferTimedOut(Id, offered.AgentId!);
        await TellAgentAsync(offered.AgentId, AgentWorkPhase.Offered, removed: true, missed: true).ConfigureAwait(true);
    }

    public Task<Outcome<Interaction>> ConnectAsync(string agentId) => Outcomes.Run(async () =>
    {
        var before = Current();
        InteractionVerbs.Ensure(Id, InteractionVerb.Connect, before.State);
        var agent = GrainFactory.GetGrain<IAgentGrain>(InteractionRequests.AgentId(agentId));
        var hold = new WorkUpdate { InteractionId = Id, Channel = before.Channel, Phase = AgentWorkPhase.Connected, Version = before.Version + 1 };
        (await agent.ConnectDirectAsync(hold).ConfigureAwait(true)).Unwrap();
        var now = time.GetUtcNow();
        try
        {
            return await MoveAsync(InteractionVerb.Connect, i => Join(ConnectLeg(i with { AgentId = agentId }, agentId, now), ParticipantRole.Agent, agentId, now))
                .ConfigureAwait(true);
        }
        catch (ContactCenterException)
        {
            await agent.ApplyWorkAsync(hold with { Removed = true, Version = hold.Version + 1 }).ConfigureAwait(true);
            throw;
        }
    });

    public Task<Outcome<Interaction>> HoldAsync() => Outcomes.Run(() => MoveAsync(InteractionVerb.Hold));

    public Task<Outcome<Interaction>> ResumeAsync() => Outcomes.Run(() => MoveAsync(InteractionVerb.Resume));

    public Task<Outcome<Interaction>> EndContactAsync() => Outcomes.Run(async () =>
    {
        await MoveAsync(InteractionVerb.EndContact, i => Leave(i, ParticipantRole.Customer, time.GetUtcNow())).ConfigureAwait(true);
        await TellAgentAsync(_current!.AgentId, AgentWorkPhase.WrapUp).ConfigureAwait(true);
        return _current!;
    });

    public Task<Outcome<Interaction>> CloseAsync(DispositionRef? disposition) => Outcomes.Run(async () =>
    {
        var before = Current();
        InteractionVerbs.Ensure(Id, InteractionVerb.Close, before.State);
        InteractionRequests.CheckDisposition(disposition, required: false);
        // The catalogue's check (known, active, in scope, notes, required by policy) runs before anything changes.
        await dispositions.ValidateAsync(before, disposition, afterWrapUp: before.State == InteractionState.WrapUp).ConfigureAwait(true);
        await MoveAsync(InteractionVerb.Close, i => Finish(i, time.GetUtcNow(), "closed", null) with { Disposition = disposition }).ConfigureAwait(true);
        await TellAgentAsync(before.AgentId, AgentWorkPhase.WrapUp, removed: true).ConfigureAwait(true);
        return _current!;
    });

    public async Task ExpireWrapUpAsync(string agentId)
    {
        if (_current is not { State: InteractionState.WrapUp } wrapUp || wrapUp.AgentId != agentId)
        {
            return;
        }

        var disposition = wrapUp.Disposition ?? new DispositionRef(DispositionRef.TimeoutCode);
        var outcome = await Outcomes.Run(() => MoveAsync(InteractionVerb.Close, i => Finish(i, time.GetUtcNow(), "wrap-up-timeout", null) with { Disposition = disposition },
            "wrap-up-timeout")).ConfigureAwait(true);
        if (outcome.Fault is { } fault)
        {
            LogWrapUpTimeoutRefused(Id, fault.Message);
            return;
        }

        LogWrapUpTimedOut(Id, agentId);
        await TellAgentAsync(agentId, AgentWorkPhase.WrapUp, removed: true).ConfigureAwait(true);
    }

    public Task<Outcome<Interaction>> AbandonAsync(string? reason) => Outcomes.Run(() =>
        EndAsync(InteractionVerb.Abandon, "abandoned", InteractionRequests.CheckReason(reason, required: false)));

    public Task<Outcome<Interaction>> FailAsync(string reason) => Outcomes.Run(() =>
        EndAsync(InteractionVerb.Fail, "failed", InteractionRequests.CheckReason(reason, required: true)));

    private async Task<Interaction> EndAsync(InteractionVerb verb, string legReason, string? reason)
    {
        var before = Current();
        await MoveAsync(verb, i => Finish(i, time.GetUtcNow(), legReason, reason), reason).ConfigureAwait(true);
        await TellAgentAsync(before.AgentId, AgentWorkPhase.Offered, removed: true).ConfigureAwait(true);
        return _current!;
    }

    private void EnsureOfferedTo(string agentId, InteractionState attempted)
    {
        var current = Current();
        if (current.State == InteractionState.Offered && current.AgentId != agentId)
        {
            throw InteractionErrors.InvalidTransition(Id, current.State, attempted, $"it is offered to agent '{current.AgentId}', not to '{agentId}'");
        }
    }
}
