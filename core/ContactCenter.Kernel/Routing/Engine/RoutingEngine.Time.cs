namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>What changes by itself as time passes: overflow steps, preferred-agent waits, declined retries, the longest wait.</summary>
internal sealed partial class RoutingEngine
{
    private readonly PriorityQueue<EngineItem, DateTimeOffset> _due = new();
    private readonly List<EngineItem> _expired = [];

    /// <summary>When <see cref="Tick"/> next has something to do, if ever.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            while (_due.TryPeek(out var item, out var at))
            {
                if (_items.ContainsKey(item.Id) && item.NextDue == at)
                {
                    return at;
                }

                _due.Dequeue();
            }

            return null;
        }
    }

    /// <summary>Applies everything due by <paramref name="now"/>: items change step or become open to anyone, and are matched again.</summary>
    public void Tick(DateTimeOffset now)
    {
        while (_due.TryPeek(out var item, out var at) && at <= now)
        {
            _due.Dequeue();
            if (!_items.ContainsKey(item.Id) || item.NextDue != at)
            {
                continue;
            }

            if (item.DeclinedUntil <= now)
            {
                item.DeclinedUntil = null;
            }

            Refresh(item, now);
            if (item.Waiting && item.Queue.Config.MaxWait is { } limit && item.Waited(now) >= limit)
            {
                item.Expiring = true;
                TakeOffLane(item);
                _expired.Add(item);
                continue;
            }

            MarkDirty(item);
        }
    }

    /// <summary>Work past its queue's longest wait, to move to self-service; it is not routed meanwhile.</summary>
    public IReadOnlyList<EngineItem> TakeExpired()
    {
        var expired = _expired.ToList();
        _expired.Clear();
        return expired;
    }

    /// <summary>Moving expired work out of the queue failed: it goes on waiting (and is not expired again).</summary>
    public void ExpireFailed(string itemId)
    {
        if (_items.TryGetValue(itemId, out var item) && item.Expiring)
        {
            item.Expiring = false;
            PutOnLane(item);
            MarkDirty(item);
        }
    }

    /// <summary>Recomputes the item's step and requirement at <paramref name="now"/> and schedules its next change.</summary>
    private void Refresh(EngineItem item, DateTimeOffset now)
    {
        var step = item.Queue.StepAt(item.Waited(now));
        if (step != item.Step || item.Required.Length == 0 && item.RequiredSkills.Length > 0)
        {
            item.Step = step;
        }

        item.Required = item.Queue.Relax(item.RequiredSkills, item.Step);
        item.AddedQueues = item.Step == 0 ? [] : [.. item.Queue.Config.Overflow[item.Step - 1].AddQueueIds
            .Select(id => _queues.GetValueOrDefault(id)).OfType<EngineQueue>().Where(q => q != item.Queue)];
        Schedule(item, now);
    }

    private void Schedule(EngineItem item, DateTimeOffset now)
    {
        var config = item.Queue.Config;
        var candidates = new List<DateTimeOffset>(4);
        if (item.Queue.NextStepAfter(item.Step) is { } next)
        {
            candidates.Add(item.QueuedAt + next);
        }

        if (item.PreferredAgentId is not null)
        {
            candidates.Add(item.QueuedAt + config.PreferredAgentWait);
        }

        if (config.MaxWait is { } limit)
        {
            candidates.Add(item.QueuedAt + limit);
        }

        if (item.DeclinedUntil is { } retry)
        {
            candidates.Add(retry);
        }

        var due = candidates.Where(at => at > now).Select(at => (DateTimeOffset?)at).Min()
            ?? (config.MaxWait is { } passed && item.Waited(now) >= passed && !item.Expiring ? now : null);
        item.NextDue = due;
        if (due is { } at2)
        {
            _due.Enqueue(item, at2);
        }
    }
}
