using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Metrics;

/// <summary>The rebuild at start and the periodic alert evaluation and directory refresh.</summary>
internal sealed partial class MetricsFeed
{
    private readonly Lock _alertGate = new();
    private IReadOnlyList<MetricAlertChanged> _raised = [];

    private IReadOnlyList<MetricAlertChanged> CurrentAlerts()
    {
        lock (_alertGate)
        {
            return _raised;
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await rebuilder.RebuildAsync(engine, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while rebuilding (a host that starts and stops at once): nothing to publish, nothing to report.
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Metrics are a view: a failed rebuild must not stop the host. Live events still count from now on.
            LogRebuildFailed(ex);
        }

        _freshness.Rebuilt = true;
        _rebuilt.TrySetResult();
        var tick = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(engine.Options.PublishInterval, time.Provider, cancellationToken).ConfigureAwait(false);
                if (++tick % 15 == 0)
                {
                    engine.SetDirectory(await rebuilder.ReadDirectoryAsync(cancellationToken).ConfigureAwait(false));
                }

                await EvaluateAlertsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The loop must survive a failed store read; the next tick tries again.
                LogTickFailed(ex);
            }
        }
    }

    private async Task EvaluateAlertsAsync(CancellationToken cancellationToken)
    {
        var list = await rules.ListAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var changes = _alerts.Evaluate(list, engine.Compute(MetricScope.Queue, now), engine.Compute(MetricScope.ServiceLine, now), now);
        lock (_alertGate)
        {
            _raised = _alerts.Raised;
        }

        foreach (var change in changes)
        {
            LogAlert(change.RuleId, change.Raised ? "raised" : "cleared", change.Value);
            await bus.PublishAsync(CloudEvent.Create(change.Raised ? EventTypes.MetricAlertRaised : EventTypes.MetricAlertCleared, Source,
                change.RuleId, now, change, KernelJson.Options), cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 8101, Level = LogLevel.Error, Message = "Could not rebuild the real-time metrics from the store; counting from now on")]
    private partial void LogRebuildFailed(Exception exception);

    [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "Real-time metrics tick failed")]
    private partial void LogTickFailed(Exception exception);

    [LoggerMessage(EventId = 8103, Level = LogLevel.Information, Message = "Metric alert {RuleId} {Change} at {Value}")]
    private partial void LogAlert(string ruleId, string change, double value);
}
