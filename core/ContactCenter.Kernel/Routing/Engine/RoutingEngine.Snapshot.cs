using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>Queue snapshots: waiting work in service order with estimated waits.</summary>
internal sealed partial class RoutingEngine
{
    /// <summary>The queue now, or <see langword="null"/> when the engine does not know it.</summary>
    public QueueSnapshot? Snapshot(string queueId, DateTimeOffset now, int maxPositions = int.MaxValue)
    {
        if (!_queues.TryGetValue(queueId, out var queue))
        {
            return null;
        }

        var staffed = 0;
        var available = 0;
        foreach (var agent in _agents.Values)
        {
            agent.Lanes ??= [.. _queues.Values.Where(q => CouldServe(agent, q))];
            if (agent.Routable && agent.Lanes.Contains(queue))
            {
                staffed++;
                available += agent.IsFree && agent.Active == 0 ? 1 : 0;
            }
        }

        var waiting = queue.Lanes.Values.SelectMany(l => l).Order(ItemOrder.Instance).ToList();
        var positions = waiting.Take(maxPositions).Select((item, i) => new QueuePosition(
            item.Id, i + 1, Math.Round(item.EffectivePriority(now), 2), item.QueuedAt,
            queue.Estimator.Estimate(i + 1, Options.AverageHandleTime, staffed))).ToList();
        return new QueueSnapshot
        {
            QueueId = queueId, At = now, Waiting = waiting.Count, Offered = queue.OfferedIds.Count,
            OldestQueuedAt = waiting.Count == 0 ? null : waiting.Min(i => i.QueuedAt), AgentsAvailable = available, AgentsStaffed = staffed,
            Positions = positions,
        };
    }

    /// <summary>Queues whose waiting work changed since the last call, which clears the mark.</summary>
    public IReadOnlyList<string> TakeChangedQueues()
    {
        var changed = _queues.Values.Where(q => q.Changed).Select(q => q.Id).ToList();
        foreach (var queue in _queues.Values)
        {
            queue.Changed = false;
        }

        return changed;
    }
}
