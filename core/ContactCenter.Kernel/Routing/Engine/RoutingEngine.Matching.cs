using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>Matching: the next decision to ask a strategy for, and applying its answer.</summary>
internal sealed partial class RoutingEngine
{
    private readonly Queue<EngineAgent> _dirtyAgents = new();
    private readonly HashSet<EngineAgent> _dirtyAgentSet = [];
    private readonly List<EngineItem> _dirtyItems = [];
    private readonly HashSet<EngineItem> _dirtyItemSet = [];
    private bool _dirtySorted;

    /// <summary>
    /// The next decision routing needs, if any. Free agents are served first (each looks for the best work it may take,
    /// and the candidates are every free agent allowed to take that work), then new or changed work looks for free
    /// agents, highest effective priority first.
    /// </summary>
    public bool TryNext(DateTimeOffset now, out RoutingChoice? choice)
    {
        while (_dirtyAgents.TryDequeue(out var agent))
        {
            _dirtyAgentSet.Remove(agent);
            if (!agent.IsFree || !_agents.ContainsKey(agent.Id) || BestItemFor(agent, now) is not { } best)
            {
                continue;
            }

            choice = Choice(best, FreeEligible(best, now), agent, now);
            return true;
        }

        if (!_dirtySorted)
        {
            _dirtyItems.Sort((x, y) => y.EffectivePriority(now).CompareTo(x.EffectivePriority(now)) is var c and not 0 ? c : x.QueuedAt.CompareTo(y.QueuedAt));
            _dirtyItems.Reverse();
            _dirtySorted = true;
        }

        while (_dirtyItems.Count > 0)
        {
            var item = _dirtyItems[^1];
            _dirtyItems.RemoveAt(_dirtyItems.Count - 1);
            _dirtyItemSet.Remove(item);
            if (!item.Waiting || item.DeclinedUntil > now || !_items.ContainsKey(item.Id))
            {
                continue;
            }

            var agents = FreeEligible(item, now);
            if (agents.Count > 0)
            {
                choice = Choice(item, agents, null, now);
                return true;
            }
        }

        choice = null;
        return false;
    }

    /// <summary>
    /// Applies a strategy's ranking: the first ranked agent still free and allowed is claimed for the work (no other work
    /// is offered to it until <see cref="Offered"/> or <see cref="Release"/>). An answer naming nobody usable declines the
    /// work until <see cref="RoutingEngineOptions.DeclinedRetry"/> has passed.
    /// </summary>
    public Assignment? Resolve(RoutingChoice choice, RoutingDecision decision, string strategy, bool fellBack, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(decision);
        var item = choice.Item;
        var origin = choice.Origin;
        if (!item.Waiting || !_items.ContainsKey(item.Id))
        {
            Redirty(origin);
            return null;
        }

        var allowed = choice.Agents.Where(a => a.IsFree && Eligible(a, item, now)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var chosen = decision.Ranking.Select(r => allowed.GetValueOrDefault(r.AgentId)).FirstOrDefault(a => a is not null);
        if (chosen is null)
        {
            item.DeclinedUntil = now + Options.DeclinedRetry;
            Schedule(item, now);
            Redirty(origin);
            return null;
        }

        chosen.Claim = item;
        item.OfferedTo = chosen;
        TakeOffLane(item);
        SetFree(chosen, false);
        if (origin != chosen)
        {
            Redirty(origin);
        }

        var top = decision.Ranking.Where(r => allowed.ContainsKey(r.AgentId)).Take(5).ToList();
        var made = new RoutingDecisionMade
        {
            InteractionId = item.Id, QueueId = item.Queue.Id, AgentId = chosen.Id, Strategy = strategy, FellBack = fellBack,
            Explanation = decision.Explanation, TopCandidates = top, CandidateCount = choice.Agents.Count, Waited = item.Waited(now),
            OverflowStep = item.Step, At = now,
        };
        return new Assignment(item.Id, item.Version, item.Channel, chosen.Id, item.Queue.Config.OfferTimeout, made);
    }

    /// <summary>Whether <paramref name="agent"/> may take <paramref name="item"/> now: room, preferred-agent wait, skills at the step in force.</summary>
    private bool Eligible(EngineAgent agent, EngineItem item, DateTimeOffset now)
    {
        if (!agent.CanTake(item.Channel) || !PreferredAllows(item, agent, now))
        {
            return false;
        }

        if (agent.Meets(item.Required))
        {
            return true;
        }

        foreach (var added in item.AddedQueues)
        {
            if (agent.Meets(added.StepRequirements[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Work for a preferred agent waits for that agent alone while the agent is routable and the wait lasts.</summary>
    private bool PreferredAllows(EngineItem item, EngineAgent agent, DateTimeOffset now) =>
        item.PreferredAgentId is not { } preferred
        || string.Equals(agent.Id, preferred, StringComparison.Ordinal)
        || item.Waited(now) >= item.Queue.Config.PreferredAgentWait
        || !_agents.TryGetValue(preferred, out var wanted) || !wanted.Routable || wanted.NotResponding;

    private EngineItem? BestItemFor(EngineAgent agent, DateTimeOffset now)
    {
        agent.Lanes ??= [.. _queues.Values.Where(q => CouldServe(agent, q))];
        EngineItem? best = null;
        var bestPriority = double.MinValue;
        foreach (var queue in agent.Lanes)
        {
            foreach (var (channel, lane) in queue.Lanes)
            {
                if (lane.Count == 0 || !agent.CanTake(channel))
                {
                    continue;
                }

                var scanned = 0;
                foreach (var item in lane)
                {
                    if (++scanned > Options.ScanDepth)
                    {
                        break;
                    }

                    if (item.DeclinedUntil > now || !Eligible(agent, item, now))
                    {
                        continue;
                    }

                    var priority = item.EffectivePriority(now);
                    if (best is null || priority > bestPriority || (priority == bestPriority && item.QueuedAt < best.QueuedAt))
                    {
                        (best, bestPriority) = (item, priority);
                    }

                    break;
                }
            }
        }

        return best;
    }

    private bool CouldServe(EngineAgent agent, EngineQueue queue) =>
        queue.StepRequirements.Any(agent.Meets)
        || queue.Config.Overflow.SelectMany(s => s.AddQueueIds).Any(id => _queues.TryGetValue(id, out var other) && agent.Meets(other.StepRequirements[0]));

    private List<EngineAgent> FreeEligible(EngineItem item, DateTimeOffset now)
    {
        var found = new List<EngineAgent>();
        var seen = item.AddedQueues.Length > 0 ? new HashSet<EngineAgent>() : null;
        Collect(item.Required);
        foreach (var added in item.AddedQueues)
        {
            Collect(added.StepRequirements[0]);
        }

        return found;

        void Collect(IReadOnlyList<SkillRequirement> required)
        {
            foreach (var agent in Pool(required))
            {
                if ((seen is null || seen.Add(agent)) && Eligible(agent, item, now))
                {
                    found.Add(agent);
                }
            }
        }
    }

    /// <summary>Free agents holding the rarest of the required skills (every free agent when nothing is required).</summary>
    private IEnumerable<EngineAgent> Pool(IReadOnlyList<SkillRequirement> required)
    {
        IEnumerable<EngineAgent> pool = _free;
        var smallest = int.MaxValue;
        foreach (var requirement in required)
        {
            var set = _freeBySkill.GetValueOrDefault(requirement.SkillId);
            if (set is null || set.Count == 0)
            {
                return [];
            }

            if (set.Count < smallest)
            {
                (pool, smallest) = (set, set.Count);
            }
        }

        // A snapshot: claiming an agent while the caller enumerates must not break the enumeration.
        return [.. pool];
    }

    private static RoutingChoice Choice(EngineItem item, List<EngineAgent> agents, EngineAgent? origin, DateTimeOffset now)
    {
        var request = new RoutingRequest
        {
            InteractionId = item.Id, QueueId = item.Queue.Id, Channel = item.Channel, Priority = item.Priority, RequiredSkills = item.Required,
            WaitingSince = item.QueuedAt, PreferredAgentId = item.PreferredAgentId, Now = now, ContactId = item.ContactId,
            Attributes = item.Attributes, ServiceLevel = item.Queue.Config.ServiceLevel, QueueWaiting = item.Queue.Waiting, OverflowStep = item.Step,
            Candidates = agents.Select(a => new RoutingCandidate
            {
                AgentId = a.Id, Skills = a.Skills, TeamIds = a.TeamIds, IdleSince = a.IdleSince, ActiveInteractions = a.Active, Occupancy = a.Occupancy.Value,
            }).ToList(),
        };
        return new RoutingChoice(item, agents, request) { Origin = origin };
    }

    private void Redirty(EngineAgent? agent)
    {
        if (agent is not null && agent.IsFree)
        {
            MarkDirty(agent);
        }
    }

    private void MarkDirty(EngineAgent agent)
    {
        if (_dirtyAgentSet.Add(agent))
        {
            _dirtyAgents.Enqueue(agent);
        }
    }

    private void MarkDirty(EngineItem item)
    {
        if (_dirtyItemSet.Add(item))
        {
            _dirtyItems.Add(item);
            _dirtySorted = false;
        }
    }
}
