using ContactCenter.Kernel.Sla;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Kernel.Tests.Sla;

/// <summary>The SLA heartbeat wired to a fake clock, an in-memory store, a scriptable store probe and a recording bus.</summary>
internal sealed class SlaHarness : IDisposable
{
    public SlaHarness(DateTimeOffset start, SlaOptions? options = null, InMemoryDocumentStore? store = null)
    {
        Time = new FakeTimeProvider(start);
        Store = store ?? new InMemoryDocumentStore(Time);
        Store.EnsureCollectionAsync(KernelCollections.AvailabilityLedger, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        Options = Microsoft.Extensions.Options.Options.Create(options ?? new SlaOptions());
        Registry = new HeartbeatRegistry(Time, Options);
        Ledger = new AvailabilityLedger(Store);
        Probes = [StoreProbe];
        var runner = new ComponentProbeRunner(Probes, Registry, Time, Options, NullLogger<ComponentProbeRunner>.Instance);
        Heartbeat = new SlaHeartbeat(runner, Registry, Ledger, Bus, Time, Options, NullLogger<SlaHeartbeat>.Instance);
    }

    public FakeTimeProvider Time { get; }

    public InMemoryDocumentStore Store { get; }

    public IOptions<SlaOptions> Options { get; }

    public HeartbeatRegistry Registry { get; }

    public AvailabilityLedger Ledger { get; }

    public ScriptedProbe StoreProbe { get; } = new("store");

    /// <summary>The probes the runner uses; tests may add more.</summary>
    public List<IComponentProbe> Probes { get; }

    public RecordingEventBus Bus { get; } = new();

    public SlaHeartbeat Heartbeat { get; }

    /// <summary>Ticks, then moves the clock on by <paramref name="step"/>, <paramref name="count"/> times.</summary>
    public async Task RunAsync(int count, TimeSpan step)
    {
        for (var i = 0; i < count; i++)
        {
            await Heartbeat.TickAsync(CancellationToken.None);
            Time.Advance(step);
        }
    }

    /// <summary>The stored ledger minutes, oldest first.</summary>
    public async Task<List<LedgerMinute>> LedgerAsync()
    {
        var repository = new KernelRepository<LedgerMinute>(Store, KernelCollections.AvailabilityLedger);
        return (await repository.ListAsync(new() { OrderBy = "minute" })).Select(v => v.Value).ToList();
    }

    public void Dispose() => Heartbeat.Dispose();
}

/// <summary>A probe whose answer the test sets.</summary>
internal sealed class ScriptedProbe(string component) : IComponentProbe
{
    public string Component => component;

    public bool Healthy { get; set; } = true;

    public Func<CancellationToken, ValueTask<ProbeResult>>? Behaviour { get; set; }

    public ValueTask<ProbeResult> ProbeAsync(CancellationToken cancellationToken) =>
        Behaviour?.Invoke(cancellationToken) ?? ValueTask.FromResult(new ProbeResult(Healthy, Healthy ? "ok" : "broken"));
}

/// <summary>An event bus that keeps what was published.</summary>
internal sealed class RecordingEventBus : IEventBus
{
    public List<CloudEvent> Published { get; } = [];

    public ValueTask PublishAsync(CloudEvent cloudEvent, CancellationToken cancellationToken = default)
    {
        Published.Add(cloudEvent);
        return ValueTask.CompletedTask;
    }

    public IDisposable Subscribe(string typePattern, Func<CloudEvent, CancellationToken, ValueTask> handler) =>
        throw new NotSupportedException();
}
