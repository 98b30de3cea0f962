using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// Feeds the engine from the event bus (transitions and presence changes), rebuilds it from the store once the host has
/// started, and every publication interval evaluates the alert rules (publishing raised/cleared events) and refreshes
/// the directory facts every 30 s. Serves snapshots as <see cref="IMetricsReader"/>.
/// </summary>
internal sealed partial class MetricsFeed(
    MetricsEngine engine, MetricsRebuilder rebuilder, IMetricAlertRules rules, IEventBus bus, KernelTime time, ILogger<MetricsFeed> logger)
    : IHostedLifecycleService, IMetricsReader, IDisposable
{
    public const string Source = "/kernel/metrics";

    private readonly List<IDisposable> _subscriptions = [];
    private readonly MetricsFreshness _freshness = new(engine.Options.StaleAfter);
    private readonly AlertEvaluator _alerts = new();
    private readonly TaskCompletionSource _rebuilt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public MetricsOptions Options => engine.Options;

    public MetricsSnapshot Snapshot(MetricScope? scope)
    {
        var now = time.GetUtcNow();
        var reason = _freshness.StaleReason(now);
        return new MetricsSnapshot
        {
            ComputedAt = now, Stale = reason is not null, StaleReason = reason, WindowSeconds = engine.Options.Window.TotalSeconds,
            Entries = scope is { } one ? engine.Compute(one, now) : [.. Enum.GetValues<MetricScope>().SelectMany(s => engine.Compute(s, now))],
            Alerts = CurrentAlerts(),
        };
    }

    public AgentDayMetrics AgentToday(string agentId) => engine.AgentToday(agentId, time.GetUtcNow());

    public IReadOnlyList<WaitingContact> WaitingIn(string queueId) => engine.WaitingIn(queueId, time.GetUtcNow());

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        // Subscribed before anything is published; events wait in the bus mailbox until the rebuild is done, and the
        // engine skips versions the replay applied already.
        _subscriptions.Add(bus.Subscribe(EventTypes.InteractionTransitioned, OnTransitionAsync));
        _subscriptions.Add(bus.Subscribe(EventTypes.PresenceChanged, OnPresenceAsync));
        _subscriptions.Add(bus.Subscribe(EventTypes.InteractionTransitioned, (_, _) => Seen()));
        _subscriptions.Add(bus.Subscribe(EventTypes.PresenceChanged, (_, _) => Seen()));
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _subscriptions.ForEach(s => s.Dispose());
        _subscriptions.Clear();
        await _loop.ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stop.Dispose();

    private ValueTask Seen()
    {
        _freshness.Seen(time.GetUtcNow());
        return ValueTask.CompletedTask;
    }

    private async ValueTask OnTransitionAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        await _rebuilt.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (cloudEvent.GetData<InteractionTransitioned>(KernelJson.Options) is { } transition)
        {
            engine.Apply(transition);
        }

        _freshness.Applied(cloudEvent.Time, time.GetUtcNow());
    }

    private async ValueTask OnPresenceAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        await _rebuilt.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (cloudEvent.GetData<PresenceChanged>(KernelJson.Options) is { } change)
        {
            engine.Apply(change.Current);
        }

        _freshness.Applied(cloudEvent.Time, time.GetUtcNow());
    }
}
