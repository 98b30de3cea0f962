using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Audit;

/// <summary>Writes every plugin state change (installed, enabled, upgraded, faulted, disabled, uninstalled) to the audit log.</summary>
internal sealed partial class PluginAuditRecorder(IEventBus bus, IAuditLog log, ILogger<PluginAuditRecorder> logger) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe(EventTypes.PluginStateChanged, OnChangedAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async ValueTask OnChangedAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<PluginStateChanged>(KernelJson.Options) is not { } change)
        {
            return;
        }

        try
        {
            var actor = AuditActor.Current ?? "system";
            await log.AppendAsync(new AuditEntry(actor, "plugin." + change.State.ToString().ToLowerInvariant(), "plugin/" + change.PluginId)
            {
                Detail = change.Reason is null ? "version " + change.Version : $"version {change.Version}: {Truncate(change.Reason)}",
                CorrelationId = AuditActor.CorrelationId,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The bus isolates handlers anyway; logged here with the plugin id so an operator sees the gap in the audit trail.
            LogFailed(ex, change.PluginId);
        }
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [LoggerMessage(EventId = 5103, Level = LogLevel.Error, Message = "Could not audit a state change of plugin {PluginId}")]
    private partial void LogFailed(Exception exception, string pluginId);
}
