using ContactCenter.Kernel.Routing.Engine;
using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>What each simulated event does to the engine and the agents.</summary>
public sealed partial class RoutingSimulator
{
    private void Handle(SimulationEvent simulationEvent, double now)
    {
        var arrival = simulationEvent.Arrival;
        switch (simulationEvent.Kind)
        {
            case SimulationEventKind.Arrival:
                var queue = _traffic.Queues.First(q => q.Id == arrival.QueueId);
                _waiting[arrival.Id] = arrival;
                _justQueued.Add(arrival);
                _engine.Enqueue(new EngineWorkInput
                {
                    Id = arrival.Id, QueueId = arrival.QueueId, Channel = arrival.Channel, Priority = queue.Priority, RequiredSkills = queue.RequiredSkills,
                    QueuedAt = At(arrival.AtSeconds), ContactId = arrival.ContactId, Version = 1,
                }, At(now));
                Schedule(arrival.AtSeconds + arrival.PatienceSeconds, simulationEvent with { Kind = SimulationEventKind.Abandon });
                break;
            case SimulationEventKind.Abandon when _waiting.Remove(arrival.Id):
                _engine.Remove(arrival.Id, arrival.QueueId);
                _announced.Remove(arrival.Id);
                _abandoned++;
                break;
            case SimulationEventKind.Complete:
                var agentId = simulationEvent.AgentId!;
                _work[agentId].RemoveAll(w => w.InteractionId == arrival.Id);
                Publish(agentId, now);
                break;
            default:
                break;
        }
    }

    private async Task DrainAsync(double now, CancellationToken cancellationToken)
    {
        var at = At(now);
        while (_engine.TryNext(at, out var choice))
        {
            var decision = await _strategy.RankAsync(choice!.Request, cancellationToken).ConfigureAwait(false);
            if (_engine.Resolve(choice, decision, _strategy.Name, false, at) is not { } assignment)
            {
                continue;
            }

            var arrival = _waiting[assignment.InteractionId];
            _waiting.Remove(arrival.Id);
            _engine.Offered(arrival.Id, arrival.QueueId, assignment.AgentId, at);
            _engine.Remove(arrival.Id, arrival.QueueId);
            Answer(arrival, assignment.AgentId, now);
        }
    }

    private void Answer(Arrival arrival, string agentId, double now)
    {
        var queue = _traffic.Queues.First(q => q.Id == arrival.QueueId);
        var waited = now - arrival.AtSeconds;
        _waits.Add(waited);
        _withinTarget += waited <= queue.ServiceLevel.Threshold.TotalSeconds ? 1 : 0;
        if (_announced.Remove(arrival.Id, out var told))
        {
            _ewt.Add((told.Engine, told.Naive, waited));
        }

        var agent = _agents[agentId];
        var handle = arrival.HandleSeconds * agent.Speed.GetValueOrDefault(arrival.QueueId, 1.0);
        _work[agentId].Add(new AgentWorkItem(arrival.Id, arrival.Channel, AgentWorkPhase.Connected, At(now)));
        Publish(agentId, now);
        Schedule(now + handle, new SimulationEvent(SimulationEventKind.Complete, arrival, agentId));
        _outcomes.Add(Realise(arrival, agent, now + handle, handle));
    }

    /// <summary>The contact's fate, from its own draws and the hidden quality of the agent who served it.</summary>
    private static SimulatedOutcome Realise(Arrival arrival, SimulatedAgent agent, double endedAt, double handle)
    {
        var quality = agent.Quality.GetValueOrDefault(arrival.QueueId, 0.5);
        var resolved = arrival.Draws[0] < quality;
        var transferred = !resolved && arrival.Draws[1] < 0.4;
        var repeat = !resolved && !transferred && arrival.Draws[1] < 0.8;
        int? survey = arrival.Draws[2] < 0.3 ? (resolved ? 4 : 2) + (arrival.Draws[2] < 0.15 ? (resolved ? 1 : -1) : 0) : null;
        return new SimulatedOutcome(arrival.Id, agent.Id, $"{arrival.QueueId}/{arrival.Channel}", DateTimeOffset.UnixEpoch.AddSeconds(endedAt),
            handle, resolved, transferred, repeat, survey);
    }

    /// <summary>Tells the agent's state to the engine (as the agent grain's view would) and keeps the occupancy books.</summary>
    private void Publish(string agentId, double now)
    {
        var work = _work[agentId];
        var busy = work.Count > 0;
        if (busy && !_busySince.ContainsKey(agentId))
        {
            _busySince[agentId] = now;
        }
        else if (!busy && _busySince.Remove(agentId, out var since))
        {
            _busySeconds[agentId] += now - since;
        }

        var agent = _agents[agentId];
        _versions[agentId] = _versions.GetValueOrDefault(agentId) + 1;
        _engine.UpsertAgent(new EngineAgentInput
        {
            Id = agentId, Skills = agent.Skills, Routable = true, Work = [.. work], IdleSince = busy ? null : At(now), Version = _versions[agentId],
        }, At(now));
    }

    /// <summary>Contacts that arrived and still wait after routing hear their estimated wait now.</summary>
    private void AnnounceWaits(double now)
    {
        foreach (var arrival in _justQueued.Where(a => _waiting.ContainsKey(a.Id)))
        {
            if (_engine.Snapshot(arrival.QueueId, At(now)) is not { } snapshot || snapshot.Positions.FirstOrDefault(p => p.InteractionId == arrival.Id) is not { } position)
            {
                continue;
            }

            var naive = WaitEstimator.Naive(position.Position, _averageHandle, snapshot.AgentsStaffed);
            _announced[arrival.Id] = (position.EstimatedWait.TotalSeconds, naive.TotalSeconds);
        }

        _justQueued.Clear();
    }

    private SimulationReport Report(Func<SimulatedOutcome, double> outcomeScore)
    {
        var answered = _waits.Count;
        var day = Math.Max(1, _traffic.Arrivals.Count == 0 ? 1 : _traffic.Arrivals[^1].AtSeconds);
        return new SimulationReport
        {
            Strategy = _strategy.Name, Arrivals = _traffic.Arrivals.Count, Answered = answered, Abandoned = _abandoned,
            ServiceLevel = answered + _abandoned == 0 ? 1 : (double)_withinTarget / (answered + _abandoned),
            AverageSpeedOfAnswer = answered == 0 ? 0 : _waits.Average(), AbandonRate = _traffic.Arrivals.Count == 0 ? 0 : (double)_abandoned / _traffic.Arrivals.Count,
            Occupancy = _busySeconds.ToDictionary(b => b.Key, b => Math.Min(1, b.Value / day), StringComparer.Ordinal),
            MeanOutcome = _outcomes.Count == 0 ? 0 : _outcomes.Average(outcomeScore),
            EwtMeanAbsoluteError = _ewt.Count == 0 ? 0 : _ewt.Average(e => Math.Abs(e.Engine - e.Actual)),
            NaiveMeanAbsoluteError = _ewt.Count == 0 ? 0 : _ewt.Average(e => Math.Abs(e.Naive - e.Actual)),
            EwtSamples = _ewt.Count, Outcomes = _outcomes,
        };
    }
}
