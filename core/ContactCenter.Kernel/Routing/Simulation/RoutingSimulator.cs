using ContactCenter.Kernel.Routing.Engine;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Routing.Simulation;

/// <summary>
/// Replays a <see cref="TrafficFile"/> through the kernel's own <see cref="RoutingEngine"/> on a simulated clock, with
/// one strategy: arrivals are queued, the engine's decisions are ranked by the strategy and offered (the simulated agent
/// accepts at once), handle times and abandonment come from the file, and the outcome of each answered contact is
/// drawn from the hidden profile of the agent who served it. Each contact still waiting after routing hears an
/// estimated wait (the engine's and the naive one), compared afterwards with the wait it really had.
/// </summary>
public sealed partial class RoutingSimulator
{
    private readonly TrafficFile _traffic;
    private readonly IRoutingStrategy _strategy;
    private readonly RoutingEngine _engine;
    private readonly PriorityQueue<SimulationEvent, (double At, long Sequence)> _events = new();
    private readonly Dictionary<string, SimulatedAgent> _agents;
    private readonly Dictionary<string, List<AgentWorkItem>> _work = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _busySince = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _busySeconds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Arrival> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Engine, double Naive)> _announced = new(StringComparer.Ordinal);
    private readonly List<(double Engine, double Naive, double Actual)> _ewt = [];
    private readonly List<SimulatedOutcome> _outcomes = [];
    private readonly List<double> _waits = [];
    private readonly List<Arrival> _justQueued = [];
    private readonly TimeSpan _averageHandle;
    private long _sequence;
    private int _withinTarget;
    private int _abandoned;

    private RoutingSimulator(TrafficFile traffic, IRoutingStrategy strategy)
    {
        _traffic = traffic;
        _strategy = strategy;
        _averageHandle = TimeSpan.FromSeconds(traffic.Arrivals.Count == 0 ? 300 : traffic.Arrivals.Average(a => a.HandleSeconds));
        _engine = new RoutingEngine(new RoutingEngineOptions { AverageHandleTime = _averageHandle });
        _agents = traffic.Agents.ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>Runs the traffic against a strategy.</summary>
    /// <param name="traffic">The traffic.</param>
    /// <param name="strategy">The strategy; <see langword="null"/> for the kernel's built-in longest idle.</param>
    /// <param name="outcomeScore">How an outcome is valued (the reported mean outcome).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    public static async Task<SimulationReport> RunAsync(TrafficFile traffic, IRoutingStrategy? strategy, Func<SimulatedOutcome, double> outcomeScore,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        ArgumentNullException.ThrowIfNull(outcomeScore);
        var simulator = new RoutingSimulator(traffic, strategy ?? new LongestIdleStrategy());
        await simulator.RunAsync(cancellationToken).ConfigureAwait(false);
        return simulator.Report(outcomeScore);
    }

    private DateTimeOffset At(double seconds) => _traffic.Start.AddSeconds(seconds);

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        _engine.SetQueues(_traffic.Queues, _traffic.Start);
        foreach (var agent in _traffic.Agents)
        {
            _work[agent.Id] = [];
            _busySeconds[agent.Id] = 0;
            Publish(agent.Id, 0);
        }

        foreach (var arrival in _traffic.Arrivals)
        {
            Schedule(arrival.AtSeconds, new SimulationEvent(SimulationEventKind.Arrival, arrival, null));
        }

        var now = 0.0;
        while (_events.TryPeek(out _, out var next))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var due = _engine.NextDue is { } d ? (d - _traffic.Start).TotalSeconds : double.PositiveInfinity;
            if (due < next.At && due > now)
            {
                now = due;
                _engine.Tick(At(now));
            }
            else
            {
                var simulationEvent = _events.Dequeue();
                now = Math.Max(now, next.At);
                _engine.Tick(At(now));
                Handle(simulationEvent, now);
            }

            await DrainAsync(now, cancellationToken).ConfigureAwait(false);
            AnnounceWaits(now);
        }

        foreach (var (agentId, since) in _busySince)
        {
            _busySeconds[agentId] += now - since;
        }
    }

    private void Schedule(double at, SimulationEvent simulationEvent) => _events.Enqueue(simulationEvent, (at, _sequence++));
}
