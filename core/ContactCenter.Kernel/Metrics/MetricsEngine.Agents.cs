using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// Per-agent figures of today and the waiting contacts of one queue, read for the supervisor's drill-down pages. Kept
/// beside the scope counters from the same events; nothing here changes what the scope metrics compute.
/// </summary>
internal sealed partial class MetricsEngine
{
    // A day of one agent's changes is a few hundred entries at most; past this, the oldest are dropped.
    private const int MaxHistory = 500;

    private readonly Dictionary<string, AgentWorkDay> _work = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AgentPresenceDay> _days = new(StringComparer.Ordinal);

    public AgentDayMetrics AgentToday(string agentId, DateTimeOffset now)
    {
        lock (_gate)
        {
            IsToday(now);
            var work = _work.GetValueOrDefault(agentId) ?? new AgentWorkDay();
            double signedIn = 0, busy = 0;
            IReadOnlyList<AgentStateChange> history = [];
            if (_agents.TryGetValue(agentId, out var presence))
            {
                var day = DayOf(presence);
                var open = Math.Max(0, (now - day.MarkAt).TotalSeconds);
                signedIn = day.SignedInSeconds + (SignedIn(day.Mark) ? open : 0);
                busy = day.BusySeconds + (Busy(day.Mark) ? open : 0);
                history = [.. day.History];
            }

            return new AgentDayMetrics
            {
                AgentId = agentId,
                Handled = _handledToday.GetValueOrDefault(agentId),
                AhtSeconds = work.Segments == 0 ? null : Math.Round(work.HandleSeconds / work.Segments, 2),
                Transfers = work.Transfers,
                Internal = work.Internal,
                Occupancy = signedIn <= 0 ? null : Math.Round(100.0 * busy / signedIn, 2),
                History = history,
            };
        }
    }

    public IReadOnlyList<WaitingContact> WaitingIn(string queueId, DateTimeOffset now)
    {
        lock (_gate)
        {
            return [.. _live.Values.Where(i => i.QueueId == queueId && i.WaitingSince is not null && !i.Internal).OrderBy(i => i.WaitingSince)
                .Select(i => new WaitingContact(i.Id, i.Channel, i.State, i.WaitingSince!.Value, Math.Max(0, (now - i.WaitingSince!.Value).TotalSeconds)))];
        }
    }

    /// <summary>Counts one handled segment (and a transfer) of an agent when it ends today.</summary>
    private void CountAgentWork(string? agentId, DateTimeOffset at, DateTimeOffset? connectedAt, bool transfer)
    {
        if (WorkToday(agentId, at) is not { } work)
        {
            return;
        }

        work.Transfers += transfer ? 1 : 0;
        if (connectedAt is { } connected)
        {
            work.Segments++;
            work.HandleSeconds += (at - connected).TotalSeconds;
        }
    }

    /// <summary>Counts one internal interaction the agent took, when it ends today.</summary>
    private void CountInternalWork(string? agentId, DateTimeOffset at)
    {
        if (WorkToday(agentId, at) is { } work)
        {
            work.Internal++;
        }
    }

    private AgentWorkDay? WorkToday(string? agentId, DateTimeOffset at)
    {
        if (agentId is null || !IsToday(at))
        {
            return null;
        }

        if (!_work.TryGetValue(agentId, out var work))
        {
            work = new AgentWorkDay();
            _work[agentId] = work;
        }

        return work;
    }

    /// <summary>Accounts the time since the last change to the state the agent was in, and records the new state.</summary>
    private void TrackPresence(AgentPresence? known, AgentPresence current)
    {
        if (known is null)
        {
            IsToday(ChangedAt(current));
            DayOf(current);
            return;
        }

        if (known.StatusId == current.StatusId && known.ReasonCode == current.ReasonCode && known.SubState == current.SubState)
        {
            return;
        }

        var at = ChangedAt(current);
        IsToday(at);
        var day = DayOf(known);
        var spent = Math.Max(0, (at - day.MarkAt).TotalSeconds);
        day.SignedInSeconds += SignedIn(day.Mark) ? spent : 0;
        day.BusySeconds += Busy(day.Mark) ? spent : 0;
        day.Mark = current;
        day.MarkAt = at > day.MarkAt ? at : day.MarkAt;
        day.History.Add(new AgentStateChange(day.MarkAt, current.StatusId, current.ReasonCode, current.SubState));
        if (day.History.Count > MaxHistory)
        {
            day.History.RemoveAt(0);
        }
    }

    /// <summary>The agent's day, begun at their state as known now (from midnight, or from when it was entered today).</summary>
    private AgentPresenceDay DayOf(AgentPresence presence)
    {
        if (!_days.TryGetValue(presence.AgentId, out var day))
        {
            var midnight = new DateTimeOffset(_today, _zone.GetUtcOffset(_today));
            var since = ChangedAt(presence) > midnight ? ChangedAt(presence) : midnight;
            day = new AgentPresenceDay { Mark = presence, MarkAt = since };
            day.History.Add(new AgentStateChange(since, presence.StatusId, presence.ReasonCode, presence.SubState));
            _days[presence.AgentId] = day;
        }

        return day;
    }

    private void ClearAgentDays()
    {
        _work.Clear();
        _days.Clear();
    }

    private static DateTimeOffset ChangedAt(AgentPresence p) => p.StatusSince > p.SubStateSince ? p.StatusSince : p.SubStateSince;

    private static bool SignedIn(AgentPresence p) => p.StatusId != PresenceStatusDefinition.OfflineId;

    private static bool Busy(AgentPresence p) => SignedIn(p) && p.SubState is RoutingSubState.Reserved or RoutingSubState.OnContact or RoutingSubState.WrapUp;

    private sealed class AgentWorkDay
    {
        public int Segments { get; set; }

        public double HandleSeconds { get; set; }

        public int Transfers { get; set; }

        public int Internal { get; set; }
    }

    private sealed class AgentPresenceDay
    {
        public required AgentPresence Mark { get; set; }

        public DateTimeOffset MarkAt { get; set; }

        public double SignedInSeconds { get; set; }

        public double BusySeconds { get; set; }

        public List<AgentStateChange> History { get; } = [];
    }
}
