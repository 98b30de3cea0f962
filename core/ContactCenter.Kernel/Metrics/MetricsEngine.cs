using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// The real-time metrics, computed only from lifecycle transitions and presence changes (no counters kept by other
/// components). Transitions are applied at most once per interaction version, so a replay of the event log at start and
/// the same events arriving on the bus do not count twice. Thread-safe: one lock around state.
/// </summary>
internal sealed partial class MetricsEngine(MetricsOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TrackedInteraction> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long Version, DateTimeOffset At)> _finished = new(StringComparer.Ordinal);
    private readonly Dictionary<(MetricScope, string), RollingCounters> _counters = [];
    private readonly Dictionary<string, AgentPresence> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _handledToday = new(StringComparer.Ordinal);
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
    private DateTime _today;
    private MetricsDirectory _directory = MetricsDirectory.Empty;

    public MetricsOptions Options => options;

    public void SetDirectory(MetricsDirectory directory)
    {
        lock (_gate)
        {
            _directory = directory;
        }
    }

    public void Apply(AgentPresence presence)
    {
        ArgumentNullException.ThrowIfNull(presence);
        lock (_gate)
        {
            if (!_agents.TryGetValue(presence.AgentId, out var known) || known.Version <= presence.Version)
            {
                TrackPresence(known, presence);
                _agents[presence.AgentId] = presence;
            }
        }
    }

    /// <summary>Sets a live interaction as the store holds it now (rebuild), unless a newer version was applied.</summary>
    public void Track(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        lock (_gate)
        {
            if (_live.TryGetValue(interaction.Id, out var known) && known.Version >= interaction.Version || _finished.ContainsKey(interaction.Id))
            {
                return;
            }

            _live[interaction.Id] = new TrackedInteraction
            {
                Id = interaction.Id, Channel = interaction.Channel, QueueId = interaction.QueueId, ServiceLineId = interaction.ServiceLineId,
                AgentId = interaction.AgentId, State = interaction.State, Version = interaction.Version,
                WaitingSince = interaction.State is InteractionState.Queued or InteractionState.Offered ? interaction.QueuedAt ?? interaction.StateChangedAt : null,
                ConnectedAt = interaction.Legs.Count == 0 ? null : interaction.Legs[^1].ConnectedAt,
                Internal = !CustomerContacts.Is(interaction),
            };
        }
    }

    /// <summary>Applies one transition; returns false when this version was applied already.</summary>
    public bool Apply(InteractionTransitioned t)
    {
        ArgumentNullException.ThrowIfNull(t);
        lock (_gate)
        {
            if (_finished.ContainsKey(t.InteractionId) || _live.TryGetValue(t.InteractionId, out var before) && before.Version >= t.Version)
            {
                return false;
            }

            before ??= new TrackedInteraction { Id = t.InteractionId, Channel = t.Channel, State = t.From, Version = 0 };
            var after = before with
            {
                State = t.To, Version = t.Version, QueueId = t.QueueId ?? before.QueueId, ServiceLineId = t.ServiceLineId ?? before.ServiceLineId,
                AgentId = t.AgentId ?? before.AgentId, Internal = !CustomerContacts.Is(t.Interaction),
            };
            after = after.Internal ? AccountInternal(before, after, t) : Account(before, after, t);
            if (t.To is InteractionState.Closed or InteractionState.Abandoned or InteractionState.Failed)
            {
                _live.Remove(t.InteractionId);
                _finished[t.InteractionId] = (t.Version, t.At);
                PruneFinished(t.At);
            }
            else
            {
                _live[t.InteractionId] = after;
            }

            return true;
        }
    }

    private TrackedInteraction Account(TrackedInteraction before, TrackedInteraction after, InteractionTransitioned t)
    {
        switch (t.To)
        {
            case InteractionState.Connected when before.WaitingSince is { } since:
                var wait = (t.At - since).TotalSeconds;
                var within = wait <= Threshold(after.QueueId).TotalSeconds;
                Count(after, null, t.At, b => { b.Answered++; b.AnswerSeconds += wait; b.AnsweredWithin += within ? 1 : 0; });
                break;
            case InteractionState.Transferred:
                Count(before, before.AgentId, t.At, b =>
                {
                    b.Transfers++;
                    if (before.ConnectedAt is { } connected)
                    {
                        b.Handled++;
                        b.HandleSeconds += (t.At - connected).TotalSeconds;
                    }
                });
                CountAgentWork(before.AgentId, t.At, before.ConnectedAt, transfer: true);
                break;
            case InteractionState.Abandoned when before.WaitingSince is { } since:
                var waited = (t.At - since).TotalSeconds;
                var late = waited > Threshold(before.QueueId).TotalSeconds;
                Count(before, null, t.At, b => { b.Abandoned++; b.AbandonedAfter += late ? 1 : 0; });
                break;
            case InteractionState.Closed when before.ConnectedAt is { } connectedAt:
                Count(before, before.AgentId, t.At, b => { b.Handled++; b.HandleSeconds += (t.At - connectedAt).TotalSeconds; });
                if (before.AgentId is { } agent && IsToday(t.At))
                {
                    _handledToday[agent] = _handledToday.GetValueOrDefault(agent) + 1;
                }

                CountAgentWork(before.AgentId, t.At, connectedAt, transfer: false);
                break;
        }

        return Follow(before, after, t);
    }

    private TimeSpan Threshold(string? queueId) =>
        queueId is not null && _directory.QueueThresholds.TryGetValue(queueId, out var threshold) ? threshold : options.DefaultServiceLevelThreshold;

    private void Count(TrackedInteraction i, string? agentId, DateTimeOffset at, Action<RollingCounters.Bucket> change)
    {
        Counters(MetricScope.Center, "center").Add(at, change);
        Counters(MetricScope.Channel, i.Channel.ToString()).Add(at, change);
        if (i.QueueId is { } queue)
        {
            Counters(MetricScope.Queue, queue).Add(at, change);
        }

        if (i.ServiceLineId is { } line)
        {
            Counters(MetricScope.ServiceLine, line).Add(at, change);
        }

        foreach (var team in _directory.TeamsOf(agentId ?? i.AgentId, i.ServiceLineId))
        {
            Counters(MetricScope.Team, team).Add(at, change);
        }
    }

    private RollingCounters Counters(MetricScope scope, string key)
    {
        if (!_counters.TryGetValue((scope, key), out var counters))
        {
            counters = new RollingCounters(options.Window);
            _counters[(scope, key)] = counters;
        }

        return counters;
    }

    private bool IsToday(DateTimeOffset at)
    {
        var day = TimeZoneInfo.ConvertTime(at, _zone).Date;
        if (day > _today)
        {
            _today = day;
            _handledToday.Clear();
            ClearAgentDays();
        }

        return day == _today;
    }
}
