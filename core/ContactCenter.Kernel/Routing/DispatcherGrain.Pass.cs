using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Routing;

/// <summary>The dispatch pass of <see cref="DispatcherGrain"/>.</summary>
internal sealed partial class DispatcherGrain
{
    /// <summary>
    /// Plans the pass in routing order (each piece of work takes the best-ranked agent no earlier work took), then makes
    /// the planned offers concurrently. The grain stays single-threaded: the offers interleave only at their awaits.
    /// </summary>
    public async Task RunPassAsync()
    {
        _passScheduled = false;
        var queues = new Dictionary<string, Queue?>(StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var plans = new List<Task>();
        foreach (var work in Ordered(_waiting.Values.Where(i => i.State == InteractionState.Queued)).ToList())
        {
            var candidates = _agents.Values
                .Where(a => !claimed.Contains(a.AgentId)
                    && AgentRules.WhyNotOfferable(a.Presence, a.NotResponding, work.Channel) is null && AgentRules.HasSkills(a.Skills, work.RequiredSkills))
                .ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var queue = await QueueAsync(queues, work.QueueId).ConfigureAwait(true);
            var decision = await strategies.RankAsync(queue?.Strategy, Request(work, candidates)).ConfigureAwait(true);
            var eligible = candidates.Select(c => c.AgentId).ToHashSet(StringComparer.Ordinal);
            var ranked = decision.Ranking.Select(r => r.AgentId).Where(eligible.Contains).Distinct(StringComparer.Ordinal).ToList();
            if (ranked.Count > 0)
            {
                claimed.Add(ranked[0]);
                plans.Add(OfferInOrderAsync(work, ranked, claimed, queue?.OfferTimeout ?? options.Value.DefaultOfferTimeout));
            }
        }

        await Task.WhenAll(plans).ConfigureAwait(true);
    }

    /// <summary>Tries the ranked agents in order (skipping any another plan of this pass took) until one is offered the work.</summary>
    private async Task OfferInOrderAsync(Interaction work, List<string> ranked, HashSet<string> claimed, TimeSpan offerTimeout)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (i > 0 && !claimed.Add(ranked[i]))
            {
                continue;
            }

            if (await TryOfferAsync(work, ranked[i], offerTimeout).ConfigureAwait(true) is not OfferResult.AgentRefused)
            {
                return;
            }
        }
    }

    private enum OfferResult
    {
        Offered,
        AgentRefused,
        InteractionMoved,
    }

    private async Task<OfferResult> TryOfferAsync(Interaction work, string agentId, TimeSpan offerTimeout)
    {
        var agent = GrainFactory.GetGrain<IAgentGrain>(agentId);
        var reserved = await agent.TryReserveAsync(new Reservation { InteractionId = work.Id, Channel = work.Channel, Version = work.Version + 1 })
            .ConfigureAwait(true);
        if (reserved.View is { } view)
        {
            await AgentChangedAsync(view).ConfigureAwait(true);
        }

        if (!reserved.Reserved)
        {
            return OfferResult.AgentRefused;
        }

        var command = new OfferCommand { AgentId = agentId, ExpectedVersion = work.Version, ExpiresAt = time.GetUtcNow() + offerTimeout };
        var offered = await GrainFactory.GetGrain<IInteractionGrain>(work.Id).OfferAsync(command).ConfigureAwait(true);
        if (offered.Value is { } snapshot)
        {
            Apply(snapshot);
            return OfferResult.Offered;
        }

        // The interaction moved meanwhile (abandoned, re-queued elsewhere): free the agent and take the stored truth.
        LogOfferRefused(work.Id, agentId, offered.Fault!.Message);
        await agent.CancelReservationAsync(work.Id, work.Version + 1).ConfigureAwait(true);
        if (await reader.ReadAsync(work.Id).ConfigureAwait(true) is { } latest)
        {
            Apply(latest);
        }

        return OfferResult.InteractionMoved;
    }

    private async Task<Queue?> QueueAsync(Dictionary<string, Queue?> cache, string? queueId)
    {
        if (queueId is null)
        {
            return null;
        }

        if (!cache.TryGetValue(queueId, out var queue))
        {
            queue = (await directory.Queues.GetAsync(queueId).ConfigureAwait(true))?.Value;
            cache[queueId] = queue;
        }

        return queue;
    }

    private RoutingRequest Request(Interaction work, List<AgentView> candidates) => new()
    {
        InteractionId = work.Id,
        QueueId = work.QueueId ?? string.Empty,
        Channel = work.Channel,
        Priority = work.Priority,
        RequiredSkills = work.RequiredSkills,
        WaitingSince = work.QueuedAt ?? work.CreatedAt,
        PreferredAgentId = work.PreferredAgentId,
        Now = time.GetUtcNow(),
        Candidates = candidates.Select(a => new RoutingCandidate
        {
            AgentId = a.AgentId, Skills = a.Skills, TeamIds = a.TeamIds, IdleSince = a.Presence.IdleSince, ActiveInteractions = a.Presence.Work.Count,
        }).ToList(),
    };

    [LoggerMessage(EventId = 3205, Level = LogLevel.Information, Message = "Offer of {InteractionId} to {AgentId} was refused by the interaction: {Reason}")]
    private partial void LogOfferRefused(string interactionId, string agentId, string reason);
}
