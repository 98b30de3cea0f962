using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Plugins.Health;

/// <summary>
/// Reports each enabled plugin's liveness (<c>plugin:{id}</c>) to the SLA heartbeat every
/// <see cref="PluginHostOptions.HeartbeatInterval"/> on the kernel's clock: alive when active and not unhealthy.
/// State changes are reported as they happen by the operations themselves.
/// </summary>
internal sealed partial class PluginHeartbeat(
    PluginHealthChecker health,
    PluginStateNotifier notifier,
    TimeProvider time,
    IOptions<PluginHostOptions> options,
    ILogger<PluginHeartbeat> logger) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private int _stopped;

    public void Start()
    {
        if (notifier.HasHeartbeat)
        {
            _loop = RunAsync(_stop.Token);
        }
    }

    /// <summary>Stops the loop; safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    /// <summary>Reports every enabled plugin once.</summary>
    public async Task ReportAsync(CancellationToken cancellationToken)
    {
        foreach (var report in await health.CheckAsync(options.Value.CallBudget, cancellationToken).ConfigureAwait(false))
        {
            var alive = report.State == PluginState.Active && report.Status != PluginHealthStatus.Unhealthy;
            notifier.Report(report.PluginId, alive, report.Description is null ? $"{report.State} ({report.Status})" : $"{report.State} ({report.Status}): {report.Description}");
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(options.Value.HeartbeatInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    await ReportAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The loop must outlive one bad round; the next tick reports again.
                    LogRoundFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "Plugin liveness round failed")]
    private partial void LogRoundFailed(Exception exception);
}
