using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Sla;

/// <summary>
/// The SLA heartbeat: at each tick it probes the kernel components, follows the minute, writes closed minutes to the
/// availability ledger, and raises or resolves burn-rate alerts. Availability counts kernel components only (store,
/// cluster, anything reporting under a name without the <c>plugin:</c> prefix): a plugin is the operator's choice
/// and is isolated by the plugin host, so its liveness is shown in the report but never counts against the platform.
/// </summary>
internal sealed partial class SlaHeartbeat(
    ComponentProbeRunner probes,
    HeartbeatRegistry registry,
    AvailabilityLedger ledger,
    IEventBus bus,
    TimeProvider time,
    IOptions<SlaOptions> options,
    ILogger<SlaHeartbeat> logger) : ISlaService, IDisposable
{
    /// <summary>The windows of the report.</summary>
    public static readonly IReadOnlyList<(string Name, TimeSpan Length)> Windows =
        [("1h", TimeSpan.FromHours(1)), ("24h", TimeSpan.FromHours(24)), ("30d", TimeSpan.FromDays(30))];

    private const string Source = "/kernel/sla";
    private const string HostDown = "The host was not running.";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly BurnRateAlerter _alerter = new();
    private MinuteTracker? _tracker;

    /// <summary>Loads the ledger and records the minutes the host was down since the last recorded one.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StartCoreAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Probes, follows the minute, records closed minutes and evaluates alerts.</summary>
    public async Task TickAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A start that failed (the store was down) is retried at each tick until it succeeds.
            var tracker = _tracker ?? await StartCoreAsync(cancellationToken).ConfigureAwait(false);
            await probes.RunAsync(cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var problems = registry.Snapshot(now)
                .Where(c => HeartbeatRegistry.IsKernelComponent(c.Name) && !c.Alive)
                .Select(c => $"{c.Name}: {c.Description}")
                .ToList();
            var closed = tracker.Observe(now, problems);
            if (closed.Count > 0)
            {
                await RecordAsync(closed, now, cancellationToken).ConfigureAwait(false);
                await EvaluateAlertsAsync(now, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    public ValueTask<SlaReport> GetReportAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var target = options.Value.Target;
        var windows = Windows.Select(w => SlaWindows.Compute(w.Name, w.Length, LedgerMinute.Floor(now), target, ledger)).ToList();
        return ValueTask.FromResult(new SlaReport
        {
            Target = target,
            At = now,
            Windows = windows,
            ActiveAlerts = _alerter.Active,
            Components = registry.Snapshot(now),
        });
    }

    private async Task<MinuteTracker> StartCoreAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var startMinute = LedgerMinute.Floor(now);
        var last = await ledger.LoadAsync(now, cancellationToken).ConfigureAwait(false);
        var down = new List<LedgerMinute>();
        if (last is { } lastMinute)
        {
            var from = lastMinute.AddMinutes(1) > startMinute - AvailabilityLedger.Horizon ? lastMinute.AddMinutes(1) : startMinute - AvailabilityLedger.Horizon;
            for (var minute = from; minute < startMinute; minute = minute.AddMinutes(1))
            {
                down.Add(new LedgerMinute(minute, false, [HostDown]));
            }
        }

        // On a first start there was no platform before: start-up is not held against it (see MinuteTracker).
        _tracker = new MinuteTracker(now, ranFromStart: now == startMinute, firstStart: last is null);
        LogStarted(down.Count);
        await RecordAsync(down, now, cancellationToken).ConfigureAwait(false);
        return _tracker;
    }

    private async Task RecordAsync(IReadOnlyList<LedgerMinute> minutes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await ledger.RecordAsync(minutes, now, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The store may be the component that is down: the minutes stay pending in the ledger and are written later.
            LogLedgerWriteFailed(ex, minutes.Count);
        }
    }

    private async Task EvaluateAlertsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var target = options.Value.Target;
        var end = LedgerMinute.Floor(now);
        var (raised, resolved) = _alerter.Evaluate(options.Value.EffectiveRules, target, window => SlaWindows.BurnRate(ledger, end - window, end, target));
        foreach (var (rule, alert) in raised)
        {
            LogAlertRaised(rule.Severity, rule.LongWindow, rule.ShortWindow, alert.LongBurnRate);
            await bus.PublishAsync(CloudEvent.Create(EventTypes.SlaBurnRateAlert, Source, rule.Key, now, alert, KernelJson.Options), cancellationToken).ConfigureAwait(false);
        }

        foreach (var (rule, alert) in resolved)
        {
            LogAlertResolved(rule.Severity, rule.LongWindow, rule.ShortWindow);
            await bus.PublishAsync(CloudEvent.Create(EventTypes.SlaBurnRateResolved, Source, rule.Key, now, alert, KernelJson.Options), cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "SLA heartbeat started; {DownMinutes} minutes recorded as host down since the last run")]
    private partial void LogStarted(int downMinutes);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Could not write {Count} availability minutes; they stay pending")]
    private partial void LogLedgerWriteFailed(Exception exception, int count);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "SLA burn-rate alert raised: {Severity} over {LongWindow}/{ShortWindow}, burn rate {BurnRate}")]
    private partial void LogAlertRaised(string severity, TimeSpan longWindow, TimeSpan shortWindow, double burnRate);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "SLA burn-rate alert resolved: {Severity} over {LongWindow}/{ShortWindow}")]
    private partial void LogAlertResolved(string severity, TimeSpan longWindow, TimeSpan shortWindow);
}
