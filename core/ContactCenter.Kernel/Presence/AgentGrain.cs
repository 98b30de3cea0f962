using ContactCenter.Kernel.Cluster;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Routing;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Presence;

/// <summary>
/// An agent's presence: the chosen status (persisted with Orleans grain storage) and the work in hand, from which the
/// routing sub-state is derived. The directory entry (skills, capacity) is read at activation and at each status change.
/// Wrap-up ends by the queue's after-contact-work mode (<c>AgentGrain.WrapUp.cs</c>).
/// </summary>
internal sealed partial class AgentGrain(
    [PersistentState(KernelGrainStorage.DefaultStateName, KernelGrainStorage.Name)] IPersistentState<AgentState> persisted,
    KernelTime time,
    DirectoryRepositories directory,
    PresenceStatusCatalog statuses,
    IEventBus events) : Grain, IAgentGrain
{
    private Agent? _agent;

    private AgentState State => persisted.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await LoadAgentAsync(cancellationToken).ConfigureAwait(true);
        if (!persisted.RecordExists)
        {
            var now = time.GetUtcNow();
            State.StatusSince = now;
            State.SubStateSince = now;
        }

        ArmWrapUpTimers();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        DisposeWrapUpTimers();
        return Task.CompletedTask;
    }

    public Task<Outcome<AgentPresence>> GetAsync() => Outcomes.Run(() => Task.FromResult(Presence(EnsureKnown())));

    public Task<AgentView?> GetViewAsync() => Task.FromResult(_agent is null ? null : View(_agent));

    public Task<Outcome<AgentPresence>> SetStatusAsync(string statusId, string? reasonCode) => Outcomes.Run(async () =>
        (await ApplyStatusAsync(statusId, reasonCode).ConfigureAwait(true)).Current);

    public Task<Outcome<PresenceChanged>> ForceStatusAsync(string statusId, string? reasonCode, string supervisorId, string supervisorName) => Outcomes.Run(async () =>
    {
        var change = await ApplyStatusAsync(statusId, reasonCode).ConfigureAwait(true);
        var forced = new PresenceForced(_agent!.Id, supervisorId, supervisorName, change.Previous!.StatusId, change.Current.StatusId, reasonCode, change.Current.StatusSince);
        await events.PublishAsync(CloudEvent.Create(PresenceForced.EventType, "/kernel/presence", _agent.Id, forced.At, forced, KernelJson.Options))
            .ConfigureAwait(true);
        return change;
    });

    /// <summary>Sets the status; the work in hand is untouched (a status that is not routable only stops new offers).</summary>
    private async Task<PresenceChanged> ApplyStatusAsync(string statusId, string? reasonCode)
    {
        await LoadAgentAsync(CancellationToken.None).ConfigureAwait(true);
        EnsureKnown();
        var status = await statuses.ResolveAsync(statusId, reasonCode, CancellationToken.None).ConfigureAwait(true);
        var previous = Presence(_agent!);
        var now = time.GetUtcNow();
        if (status.IsRoutable && (!State.IsRoutable || State.NotResponding))
        {
            State.FreeSince = now;
        }

        State.StatusId = status.Id;
        State.ReasonCode = reasonCode;
        State.IsRoutable = status.IsRoutable;
        State.StatusSince = now;
        State.NotResponding = false;
        return new PresenceChanged(previous, (await SaveAsync(previous).ConfigureAwait(true))!);
    }

    public async Task<ReserveResult> TryReserveAsync(Reservation reservation)
    {
        if (_agent is null)
        {
            return new ReserveResult { Reserved = false, Refusal = "the agent is not in the directory" };
        }

        if (State.Work.Find(w => w.InteractionId == reservation.InteractionId) is { } held)
        {
            var same = held.Phase == AgentWorkPhase.Offered && held.Version == reservation.Version;
            return new ReserveResult { Reserved = same, Refusal = same ? null : "the agent already holds this interaction", View = View(_agent) };
        }

        var previous = Presence(_agent);
        if (AgentRules.WhyNotOfferable(previous, State.NotResponding, reservation.Channel) is { } refusal)
        {
            return new ReserveResult { Reserved = false, Refusal = refusal, View = View(_agent) };
        }

        AgentWork.Apply(State, new WorkUpdate
        {
            InteractionId = reservation.InteractionId, Channel = reservation.Channel, Phase = AgentWorkPhase.Offered, Version = reservation.Version,
        }, time.GetUtcNow());
        await SaveAsync(previous).ConfigureAwait(true);
        return new ReserveResult { Reserved = true, View = View(_agent) };
    }

    public async Task CancelReservationAsync(string interactionId, long version)
    {
        var index = State.Work.FindIndex(w => w.InteractionId == interactionId && w.Phase == AgentWorkPhase.Offered && w.Version == version);
        if (index >= 0 && _agent is not null)
        {
            var previous = Presence(_agent);
            State.Work.RemoveAt(index);
            await SaveAsync(previous).ConfigureAwait(true);
        }
    }

    public Task<Outcome<AgentPresence>> ConnectDirectAsync(WorkUpdate update) => Outcomes.Run(async () =>
    {
        var previous = Presence(EnsureKnown());
        if (State.StatusId == PresenceStatusDefinition.OfflineId)
        {
            throw new InvalidRequestException("agentId", $"Agent '{_agent!.Id}' is offline.");
        }

        if (AgentRules.WhyNoCapacity(previous.Work, previous.Capacity, update.Channel) is { } refusal)
        {
            throw new InvalidRequestException("agentId", $"Agent '{_agent!.Id}' cannot take it: {refusal}.");
        }

        AgentWork.Apply(State, update, time.GetUtcNow());
        return (await SaveAsync(previous).ConfigureAwait(true))!;
    });

    public async Task ApplyWorkAsync(WorkUpdate update)
    {
        var previous = _agent is null ? null : Presence(_agent);
        if (AgentWork.Apply(State, update, time.GetUtcNow()))
        {
            await RuleWrapUpsAsync().ConfigureAwait(true);
            await SaveAsync(previous).ConfigureAwait(true);
        }
    }

    public async Task RefreshAsync()
    {
        var previous = _agent is null ? null : Presence(_agent);
        await LoadAgentAsync(CancellationToken.None).ConfigureAwait(true);
        if (_agent is null)
        {
            // Deleted from the directory: presence no longer answers for the agent (not found), a reservation is
            // refused, and routing forgets it now rather than offering it work until the next resync (told even when
            // this grain was not active: the dispatcher may know the agent from its own rebuild).
            GrainFactory.GetGrain<IDispatcherGrain>(DispatcherGrain.Key).AgentRemovedAsync(this.GetPrimaryKeyString()).Ignore();
            return;
        }

        // A new version of the view reaches routing (which ignores versions it has seen); an agent that is not
        // routable is re-read anyway when it next chooses a status.
        if (State.IsRoutable)
        {
            await SaveAsync(previous).ConfigureAwait(true);
        }
    }

    public async Task<AgentView?> ReconcileAsync(WorkAssignment[] assignments)
    {
        var previous = _agent is null ? null : Presence(_agent);
        // Wrap-ups persisted without an end (or restored from the store) get their queue's rule here.
        if (AgentWork.Reconcile(State, assignments) | await RuleWrapUpsAsync().ConfigureAwait(true))
        {
            await SaveAsync(previous).ConfigureAwait(true);
        }

        return _agent is null ? null : View(_agent);
    }

    private async Task<AgentPresence?> SaveAsync(AgentPresence? previous)
    {
        var now = time.GetUtcNow();
        var subState = AgentRules.Derive(State.Work.Select(w => w.Phase), State.NotResponding);
        if (subState != State.SubState)
        {
            State.SubState = subState;
            State.SubStateSince = now;
        }

        State.Version++;
        await persisted.WriteStateAsync().ConfigureAwait(true);
        ArmWrapUpTimers();
        if (_agent is null)
        {
            return null;
        }

        var current = Presence(_agent);
        var data = new PresenceChanged(previous, current);
        await events.PublishAsync(CloudEvent.Create(EventTypes.PresenceChanged, "/kernel/presence", _agent.Id, now, data, KernelJson.Options))
            .ConfigureAwait(true);
        GrainFactory.GetGrain<IDispatcherGrain>(DispatcherGrain.Key).AgentChangedAsync(View(_agent)).Ignore();
        return current;
    }

    private async Task LoadAgentAsync(CancellationToken cancellationToken) =>
        _agent = (await directory.Agents.GetAsync(this.GetPrimaryKeyString(), cancellationToken).ConfigureAwait(true))?.Value;

    private Agent EnsureKnown() => _agent ?? throw new EntityNotFoundException("agent", this.GetPrimaryKeyString());

    private AgentView View(Agent agent) => new()
    {
        Presence = Presence(agent), Skills = [.. agent.Skills], TeamIds = [.. agent.TeamIds], NotResponding = State.NotResponding,
    };

    private AgentPresence Presence(Agent agent) => new()
    {
        AgentId = agent.Id,
        StatusId = State.StatusId,
        ReasonCode = State.ReasonCode,
        IsRoutable = State.IsRoutable,
        StatusSince = State.StatusSince,
        SubState = State.SubState,
        SubStateSince = State.SubStateSince,
        IdleSince = State.SubState == RoutingSubState.Idle && State.IsRoutable ? State.FreeSince : null,
        Work = State.Work.Select(w => new AgentWorkItem(w.InteractionId, w.Channel, w.Phase, w.Since)
        {
            WrapUpEndsAt = w.Phase == AgentWorkPhase.WrapUp ? w.WrapUpEndsAt : null,
            WrapUpExtensionsLeft = w.Phase == AgentWorkPhase.WrapUp ? w.WrapUpExtensionsLeft : 0,
        }).ToList(),
        Capacity = agent.Capacity,
        Version = State.Version,
    };
}
