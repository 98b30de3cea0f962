using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Metrics;

/// <summary>Snapshot computation: window sums from the rolling counters, waiting work and agents from the live state.</summary>
internal sealed partial class MetricsEngine
{
    public IReadOnlyList<ScopeMetrics> Compute(MetricScope scope, DateTimeOffset now)
    {
        lock (_gate)
        {
            IsToday(now);
            var keys = _counters.Keys.Where(k => k.Item1 == scope).Select(k => k.Item2).ToHashSet(StringComparer.Ordinal);

            // Waiting work and agents are grouped by key in one pass each: filtering them again for every key cost
            // keys × (waiting + agents) under the lock (about 0.3 s of CPU per snapshot with 2,000 agents, see docs/benchmarks.md).
            // Internal work waits apart: routing sees it, the contact figures do not (see CustomerContacts).
            var waiting = new Dictionary<string, List<TrackedInteraction>>(StringComparer.Ordinal);
            var internalWaiting = new Dictionary<string, List<TrackedInteraction>>(StringComparer.Ordinal);
            foreach (var i in _live.Values.Where(i => i.WaitingSince is not null))
            {
                foreach (var key in KeysOf(scope, i.Channel, i.QueueId, i.ServiceLineId, i.AgentId).Distinct(StringComparer.Ordinal))
                {
                    Group(i.Internal ? internalWaiting : waiting, key, i);
                }
            }

            var agents = new Dictionary<string, List<AgentPresence>>(StringComparer.Ordinal);
            foreach (var agent in _agents.Values)
            {
                foreach (var key in AgentKeys(scope, agent.AgentId).Distinct(StringComparer.Ordinal))
                {
                    Group(agents, key, agent);
                }
            }

            keys.UnionWith(waiting.Keys);
            keys.UnionWith(internalWaiting.Keys);
            keys.UnionWith(agents.Keys);
            if (scope == MetricScope.Center)
            {
                keys.Add("center");
            }

            return [.. keys.Order(StringComparer.Ordinal).Select(key => Metrics(scope, key, now, waiting.GetValueOrDefault(key) ?? [],
                internalWaiting.GetValueOrDefault(key)?.Count ?? 0, agents.GetValueOrDefault(key) ?? []))];
        }
    }

    private static void Group<T>(Dictionary<string, List<T>> groups, string key, T item)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            list = [];
            groups[key] = list;
        }

        list.Add(item);
    }

    private ScopeMetrics Metrics(MetricScope scope, string key, DateTimeOffset now, List<TrackedInteraction> mine, int internalWaiting, List<AgentPresence> agents)
    {
        var sums = _counters.TryGetValue((scope, key), out var counters) ? counters.Sum(now) : new RollingCounters.Bucket();
        var signedIn = agents.Where(a => a.StatusId != PresenceStatusDefinition.OfflineId).ToList();
        var busy = signedIn.Count(a => a.SubState is RoutingSubState.Reserved or RoutingSubState.OnContact or RoutingSubState.WrapUp);
        var slBase = sums.Answered + sums.AbandonedAfter;
        return new ScopeMetrics
        {
            Scope = scope,
            Key = key,
            Waiting = mine.Count,
            OldestWaitSeconds = mine.Count == 0 ? 0 : Math.Max(0, (now - mine.Min(i => i.WaitingSince!.Value)).TotalSeconds),
            ServiceLevel = slBase == 0 ? null : Math.Round(100.0 * sums.AnsweredWithin / slBase, 2),
            ServiceLevelThresholdSeconds = (scope == MetricScope.Queue ? Threshold(key) : options.DefaultServiceLevelThreshold).TotalSeconds,
            Answered = sums.Answered,
            Abandoned = sums.Abandoned,
            AbandonRate = sums.Answered + sums.Abandoned == 0 ? null : Math.Round(100.0 * sums.Abandoned / (sums.Answered + sums.Abandoned), 2),
            AsaSeconds = sums.Answered == 0 ? null : Math.Round(sums.AnswerSeconds / sums.Answered, 2),
            AhtSeconds = sums.Handled == 0 ? null : Math.Round(sums.HandleSeconds / sums.Handled, 2),
            Handled = sums.Handled,
            Transfers = sums.Transfers,
            Internal = sums.Internal,
            InternalWaiting = internalWaiting,
            AgentsByStatus = agents.GroupBy(a => a.StatusId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            AgentsBySubState = signedIn.GroupBy(a => a.SubState.ToString()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Occupancy = signedIn.Count == 0 ? null : Math.Round(100.0 * busy / signedIn.Count, 2),
            HandledTodayByAgent = agents.Where(a => _handledToday.ContainsKey(a.AgentId))
                .ToDictionary(a => a.AgentId, a => _handledToday[a.AgentId], StringComparer.Ordinal),
        };
    }

    private IEnumerable<string> KeysOf(MetricScope scope, ChannelKind channel, string? queueId, string? lineId, string? agentId) => scope switch
    {
        MetricScope.Center => ["center"],
        MetricScope.Channel => [channel.ToString()],
        MetricScope.Queue => queueId is null ? [] : [queueId],
        MetricScope.ServiceLine => lineId is null ? [] : [lineId],
        _ => _directory.TeamsOf(agentId, lineId),
    };

    /// <summary>Agents count in the center, their teams and their service lines (not per queue or channel).</summary>
    private IEnumerable<string> AgentKeys(MetricScope scope, string agentId) => scope switch
    {
        MetricScope.Center => ["center"],
        MetricScope.Team => _directory.AgentTeams.GetValueOrDefault(agentId) ?? [],
        MetricScope.ServiceLine => _directory.AgentLines.GetValueOrDefault(agentId) ?? [],
        _ => [],
    };
}
