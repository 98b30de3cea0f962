using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Presence;
using ContactCenter.Kernel.Routing.Engine;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Routing;

/// <summary>The dispatch pass of <see cref="DispatcherGrain"/>.</summary>
internal sealed partial class DispatcherGrain
{
    /// <summary>
    /// Asks the engine for decisions until it has none: each is ranked by the queue's strategy and claims its agent in
    /// the engine, so no later decision of the pass can take the same agent or work. The offers are then made
    /// concurrently (the grain stays single-threaded: they interleave only at their awaits), and a refused one returns
    /// its work to the engine, which triggers another pass.
    /// </summary>
    public async Task RunPassAsync()
    {
        _passScheduled = false;
        if (_engine.PlaceholdersMade != _placeholdersLoaded)
        {
            _placeholdersLoaded = _engine.PlaceholdersMade;
            // Work arrived for a queue created after the last resync: its rules and strategy come first.
            await LoadQueuesAsync().ConfigureAwait(true);
        }

        var offers = new List<Task>();
        var decisions = 0;
        var limit = (2 * (_waiting.Count + _engine.AgentCount)) + 16;
        while (decisions++ < limit && _engine.TryNext(time.GetUtcNow(), out var choice))
        {
            var (decision, fellBack) = await strategies.RankAsync(choice!.StrategyName, choice.Request).ConfigureAwait(true);
            var strategy = fellBack || choice.StrategyName is null ? LongestIdleStrategy.StrategyName : choice.StrategyName;
            if (_engine.Resolve(choice, decision, strategy, fellBack, time.GetUtcNow()) is { } assignment)
            {
                offers.Add(OfferAsync(assignment));
            }
        }

        await Task.WhenAll(offers).ConfigureAwait(true);
    }

    private async Task OfferAsync(Assignment assignment)
    {
        var agent = GrainFactory.GetGrain<IAgentGrain>(assignment.AgentId);
        var next = assignment.Version + 1;
        var reserved = await agent.TryReserveAsync(new Reservation { InteractionId = assignment.InteractionId, Channel = assignment.Channel, Version = next })
            .ConfigureAwait(true);
        if (!reserved.Reserved)
        {
            _engine.Release(assignment.InteractionId, assignment.AgentId);
            if (reserved.View is { } view)
            {
                Upsert(view);
            }

            // The agent grain knows better than the engine's view: leave the agent alone until it is heard from again.
            _engine.Hold(assignment.AgentId);
            SchedulePass();
            return;
        }

        var command = new OfferCommand { AgentId = assignment.AgentId, ExpectedVersion = assignment.Version, ExpiresAt = time.GetUtcNow() + assignment.OfferTimeout };
        var offered = await GrainFactory.GetGrain<IInteractionGrain>(assignment.InteractionId).OfferAsync(command).ConfigureAwait(true);
        if (offered.Value is { } snapshot)
        {
            Apply(snapshot);
            if (reserved.View is { } view)
            {
                Upsert(view);
            }

            await events.PublishAsync(CloudEvent.Create(EventTypes.RoutingDecision, "/kernel/routing", assignment.InteractionId,
                assignment.Decision.At, assignment.Decision, KernelJson.Options)).ConfigureAwait(true);
            return;
        }

        // The interaction moved meanwhile (abandoned, re-queued elsewhere): free the agent and take the stored truth.
        LogOfferRefused(assignment.InteractionId, assignment.AgentId, offered.Fault!.Message);
        _engine.Release(assignment.InteractionId, assignment.AgentId);
        await agent.CancelReservationAsync(assignment.InteractionId, next).ConfigureAwait(true);
        if (await reader.ReadAsync(assignment.InteractionId).ConfigureAwait(true) is { } latest)
        {
            Apply(latest);
        }

        SchedulePass();
    }

    [LoggerMessage(EventId = 3205, Level = LogLevel.Information, Message = "Offer of {InteractionId} to {AgentId} was refused by the interaction: {Reason}")]
    private partial void LogOfferRefused(string interactionId, string agentId, string reason);
}
