using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Dispositions;
using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Routing;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// One interaction, the single writer of its snapshot. Every transition is committed (snapshot + event, atomically)
/// before it is published and before anyone else hears of it; then the agent holding it is told (awaited) and routing
/// is notified (one way). An offer's deadline runs on the kernel's clock (<see cref="KernelTime"/>).
/// </summary>
internal sealed partial class InteractionGrain(
    KernelTime time,
    IDocumentStore store,
    InteractionJournal journal,
    InteractionCodec codec,
    DirectoryRepositories directory,
    IDispositionCatalog dispositions,
    ILogger<InteractionGrain> logger) : Grain, IInteractionGrain
{
    private Interaction? _current;
    private long _storeVersion;
    private ITimer? _offerTimer;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (await store.GetAsync(InteractionDocuments.Collection, Id, cancellationToken).ConfigureAwait(true) is { } raw)
        {
            _current = await codec.DeserializeAsync(raw, cancellationToken).ConfigureAwait(true);
            _storeVersion = raw.Version;
            ArmOfferTimer();
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _offerTimer?.Dispose();
        return Task.CompletedTask;
    }

    public Task WakeAsync() => Task.CompletedTask;

    private Interaction Current() => _current ?? throw new EntityNotFoundException("interaction", Id);

    private Task<Interaction> MoveAsync(InteractionVerb verb, Func<Interaction, Interaction>? change = null, string? reason = null)
    {
        var before = Current();
        InteractionVerbs.Ensure(Id, verb, before.State);
        var after = InteractionChanges.Move(before, InteractionVerbs.TargetOf(verb), time.GetUtcNow(), change);
        return CommitAsync([new TransitionStep(before, after, reason)]);
    }

    private async Task<Interaction> CommitAsync(IReadOnlyList<TransitionStep> steps)
    {
        try
        {
            _storeVersion = await journal.CommitAsync(steps, _storeVersion, CancellationToken.None).ConfigureAwait(true);
        }
        catch (ConcurrencyConflictException)
        {
            // Someone else wrote this interaction (a stale activation elsewhere): take the stored truth and refuse.
            await OnActivateAsync(CancellationToken.None).ConfigureAwait(true);
            throw;
        }

        var before = steps[0].Before;
        _current = steps[^1].After;
        ArmOfferTimer();
        if (IsRoutingState(before.State) || IsRoutingState(_current.State))
        {
            Dispatcher.InteractionChangedAsync(_current).Ignore();
        }

        if (_current.State.IsTerminal())
        {
            DeactivateOnIdle();
        }

        return _current;
    }

    /// <summary>Tells the agent where the interaction stands now. The transition is already committed, so a failure here
    /// must not undo it: routing is asked to reconcile the agent from the store instead.</summary>
    private async Task TellAgentAsync(string? agentId, AgentWorkPhase phase, bool removed = false, bool missed = false)
    {
        if (agentId is null)
        {
            return;
        }

        var update = new WorkUpdate
        {
            InteractionId = Id, Channel = _current!.Channel, Phase = phase, Removed = removed, Missed = missed, Version = _current.Version,
            QueueId = _current.QueueId,
        };
        try
        {
            await GrainFactory.GetGrain<IAgentGrain>(agentId).ApplyWorkAsync(update).ConfigureAwait(true);
        }
        catch (Exception error) when (error is not ContactCenterException)
        {
            // Any runtime failure (timeout, silo shutting down): the store holds the truth, routing repairs the agent.
            LogAgentUpdateFailed(error, Id, agentId);
            Dispatcher.ReconcileAgentAsync(agentId).Ignore();
        }
    }

    private void ArmOfferTimer()
    {
        _offerTimer?.Dispose();
        _offerTimer = null;
        if (_current is not { State: InteractionState.Offered, OfferExpiresAt: { } expiresAt })
        {
            return;
        }

        var self = this.AsReference<IInteractionGrain>();
        var version = _current.Version;
        var due = expiresAt - time.GetUtcNow();
        if (due <= TimeSpan.Zero)
        {
            self.ExpireOfferAsync(version).Ignore();
            return;
        }

        // The timer runs on the kernel's clock, outside the grain: it only sends the grain a message.
        using (ExecutionContext.SuppressFlow())
        {
            _offerTimer = time.Provider.CreateTimer(_ => self.ExpireOfferAsync(version).Ignore(), null, due, Timeout.InfiniteTimeSpan);
        }

        DelayDeactivation(due + TimeSpan.FromMinutes(1));
    }

    private IDispatcherGrain Dispatcher => GrainFactory.GetGrain<IDispatcherGrain>(DispatcherGrain.Key);

    private static bool IsRoutingState(InteractionState state) => state is InteractionState.Queued or InteractionState.Offered;

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Interaction {InteractionId} could not update agent {AgentId}; asked routing to reconcile it")]
    private partial void LogAgentUpdateFailed(Exception error, string interactionId, string agentId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Offer of interaction {InteractionId} to agent {AgentId} timed out")]
    private partial void LogOfferTimedOut(string interactionId, string agentId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Offer timeout of interaction {InteractionId} was refused: {Reason}")]
    private partial void LogOfferTimeoutRefused(string interactionId, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Wrap-up of interaction {InteractionId} by agent {AgentId} timed out; closed by the kernel")]
    private partial void LogWrapUpTimedOut(string interactionId, string agentId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Wrap-up timeout of interaction {InteractionId} was refused: {Reason}")]
    private partial void LogWrapUpTimeoutRefused(string interactionId, string reason);
}
