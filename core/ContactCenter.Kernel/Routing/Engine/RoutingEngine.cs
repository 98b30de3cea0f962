using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>
/// The routing core: pure, single-threaded, no Orleans, no I/O, time passed in. It keeps agents indexed by the skills
/// of the free ones and waiting work per queue and channel in service order, and answers "who may take this work"
/// (item-driven) and "what should this free agent take" (agent-driven) incrementally, so that one event costs work
/// proportional to what it touches, not to everything waiting. The dispatcher grain, <c>cc simulate</c> and the
/// benchmark all run this same class. Invariant after <see cref="TryNext"/> returns false: no waiting item that a
/// strategy has not declined has a free agent allowed to take it (within <see cref="RoutingEngineOptions.ScanDepth"/>).
/// </summary>
internal sealed partial class RoutingEngine(RoutingEngineOptions? options = null)
{
    private readonly Dictionary<string, EngineQueue> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EngineAgent> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EngineItem> _items = new(StringComparer.Ordinal);
    private readonly HashSet<EngineAgent> _free = [];
    private readonly Dictionary<string, HashSet<EngineAgent>> _freeBySkill = new(StringComparer.Ordinal);

    public RoutingEngineOptions Options { get; } = options ?? new RoutingEngineOptions();

    public int WaitingCount => _items.Values.Count(i => i.Waiting);

    public int AgentCount => _agents.Count;

    public IReadOnlyCollection<EngineQueue> Queues => _queues.Values;

    public EngineItem? Item(string id) => _items.GetValueOrDefault(id);

    public EngineAgent? Agent(string id) => _agents.GetValueOrDefault(id);

    /// <summary>How many times work arrived for a queue whose configuration the engine was not given; a change means "load the queues".</summary>
    public int PlaceholdersMade { get; private set; }

    /// <summary>Replaces the queue configuration: every item's step and order, and every agent's lanes, are recomputed.</summary>
    public void SetQueues(IEnumerable<Queue> queues, DateTimeOffset now)
    {
        var incoming = queues.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var requirementsChanged = new Dictionary<string, Queue>(StringComparer.Ordinal);
        foreach (var (id, config) in incoming)
        {
            if (_queues.TryGetValue(id, out var known))
            {
                if (!known.Placeholder && !SkillRequirements.SameAs(known.Config.RequiredSkills, config.RequiredSkills))
                {
                    requirementsChanged[id] = known.Config;
                }

                known.Config = config;
                known.Placeholder = false;
            }
            else
            {
                _queues[id] = new EngineQueue(config);
            }
        }

        foreach (var gone in _queues.Keys.Where(id => !incoming.ContainsKey(id)).ToList())
        {
            // A deleted queue keeps its waiting work with its last rules; an empty one is forgotten.
            if (_queues[gone].Waiting == 0 && !_items.Values.Any(i => i.Queue.Id == gone))
            {
                _queues.Remove(gone);
            }
        }

        foreach (var item in _items.Values.ToList())
        {
            var lane = item.InLane;
            TakeOffLane(item);
            item.Queue = _queues[item.Queue.Id];
            if (requirementsChanged.TryGetValue(item.Queue.Id, out var before))
            {
                item.RequiredSkills = SkillRequirements.Rebase(item.RequiredSkills, before.RequiredSkills, item.Queue.Config.RequiredSkills);
            }

            item.OrderKey = ItemOrder.KeyOf(item.Priority, item.Queue.Config.PriorityAgeingPerMinute, item.QueuedAt);
            Refresh(item, now);
            if (lane)
            {
                PutOnLane(item);
            }

            MarkDirty(item);
        }

        foreach (var agent in _agents.Values)
        {
            agent.Lanes = null;
            MarkDirty(agent);
        }
    }

    /// <summary>Adds or updates an agent from the directory and its presence; older presence versions change nothing.</summary>
    public void UpsertAgent(EngineAgentInput input, DateTimeOffset now)
    {
        if (!_agents.TryGetValue(input.Id, out var agent))
        {
            agent = new EngineAgent(input.Id);
            _agents[input.Id] = agent;
        }
        else if (agent.Version >= input.Version)
        {
            return;
        }

        SetFree(agent, false);
        if (!agent.Skills.SequenceEqual(input.Skills))
        {
            agent.SetSkills(input.Skills);
        }

        agent.Version = input.Version;
        agent.TeamIds = [.. input.TeamIds];
        agent.Capacity = input.Capacity;
        agent.Routable = input.Routable;
        agent.NotResponding = input.NotResponding;
        agent.IdleSince = input.IdleSince;
        agent.SetWork(input.Work);
        agent.Held = false;
        if (agent.Claim is { } claim && input.Work.Any(w => w.InteractionId == claim.Id && w.Phase == AgentWorkPhase.Offered))
        {
            // The reservation is visible in the agent's own state: the engine's claim has done its job.
            agent.Claim = null;
        }

        agent.Occupancy.Observe(now, agent.Routable, input.Work.Any(w => w.Phase != AgentWorkPhase.Offered));
        SetFree(agent, agent.IsFree);
        MarkDirty(agent);
    }

    public void RemoveAgent(string agentId)
    {
        if (_agents.Remove(agentId, out var agent))
        {
            SetFree(agent, false);
        }
    }

    /// <summary>Adds queued work, or updates it from a newer version (a re-queue keeps its original queue time).</summary>
    public void Enqueue(EngineWorkInput input, DateTimeOffset now)
    {
        if (_items.TryGetValue(input.Id, out var known))
        {
            if (known.Version >= input.Version)
            {
                return;
            }

            Forget(known);
        }

        var queue = QueueFor(input.QueueId);
        var item = new EngineItem
        {
            Id = input.Id, Queue = queue, Channel = input.Channel, Priority = input.Priority, RequiredSkills = [.. input.RequiredSkills],
            QueuedAt = input.QueuedAt, PreferredAgentId = input.PreferredAgentId, ContactId = input.ContactId, Attributes = input.Attributes,
            Version = input.Version, OrderKey = ItemOrder.KeyOf(input.Priority, queue.Config.PriorityAgeingPerMinute, input.QueuedAt),
        };
        _items[item.Id] = item;
        queue.OfferedIds.Remove(item.Id);
        Refresh(item, now);
        PutOnLane(item);
        MarkDirty(item);
    }

    /// <summary>The work was offered to <paramref name="agentId"/>: it leaves the queue (a departure for wait estimates).</summary>
    public void Offered(string itemId, string queueId, string agentId, DateTimeOffset now)
    {
        var queue = QueueFor(queueId);
        if (_items.TryGetValue(itemId, out var item))
        {
            Forget(item);
            queue = item.Queue;
        }

        queue.OfferedIds.Add(itemId);
        queue.Estimator.Departed(now, queue.Waiting);
        queue.Changed = true;
        if (_agents.TryGetValue(agentId, out var agent))
        {
            if (agent.Claim?.Id == itemId)
            {
                agent.Claim = null;
            }

            // Until the agent's own notice arrives, what the offer implies: an offer is pending.
            SetFree(agent, false);
            agent.HasPendingOffer = true;
        }
    }

    /// <summary>The work left routing (answered elsewhere, abandoned, failed, closed).</summary>
    public void Remove(string itemId, string? queueId)
    {
        if (_items.TryGetValue(itemId, out var item))
        {
            Forget(item);
        }

        if (queueId is not null && _queues.TryGetValue(queueId, out var queue) && queue.OfferedIds.Remove(itemId))
        {
            queue.Changed = true;
        }
    }

    /// <summary>The offer of <paramref name="itemId"/> to <paramref name="agentId"/> could not be made: both are free again.</summary>
    public void Release(string itemId, string agentId)
    {
        if (_agents.TryGetValue(agentId, out var agent) && agent.Claim?.Id == itemId)
        {
            agent.Claim = null;
            SetFree(agent, agent.IsFree);
            MarkDirty(agent);
        }

        if (_items.TryGetValue(itemId, out var item) && item.OfferedTo?.Id == agentId)
        {
            item.OfferedTo = null;
            PutOnLane(item);
            MarkDirty(item);
        }
    }

    private EngineQueue QueueFor(string queueId)
    {
        if (!_queues.TryGetValue(queueId, out var queue))
        {
            // Work in a queue the configuration does not know (deleted meanwhile): routed on its own skills.
            queue = new EngineQueue(new Queue { Id = queueId, Name = new(queueId, queueId), ServiceLineId = "-" }) { Placeholder = true };
            PlaceholdersMade++;
            _queues[queueId] = queue;
            foreach (var agent in _agents.Values)
            {
                agent.Lanes = null;
            }
        }

        return queue;
    }

    private void Forget(EngineItem item)
    {
        TakeOffLane(item);
        _items.Remove(item.Id);
        if (item.OfferedTo is { } agent && agent.Claim == item)
        {
            agent.Claim = null;
            SetFree(agent, agent.IsFree);
            MarkDirty(agent);
        }

        item.OfferedTo = null;
        item.Expiring = true;
    }

    private static void PutOnLane(EngineItem item)
    {
        if (!item.InLane && item.Waiting)
        {
            item.Queue.Lane(item.Channel).Add(item);
            item.InLane = true;
            item.Queue.Changed = true;
        }
    }

    private static void TakeOffLane(EngineItem item)
    {
        if (item.InLane)
        {
            item.Queue.Lane(item.Channel).Remove(item);
            item.InLane = false;
            item.Queue.Changed = true;
        }
    }

    private void SetFree(EngineAgent agent, bool free)
    {
        if (free ? !_free.Add(agent) : !_free.Remove(agent))
        {
            return;
        }

        foreach (var skill in agent.Levels.Keys)
        {
            if (!_freeBySkill.TryGetValue(skill, out var set))
            {
                set = [];
                _freeBySkill[skill] = set;
            }

            if (free)
            {
                set.Add(agent);
            }
            else
            {
                set.Remove(agent);
            }
        }
    }
}
