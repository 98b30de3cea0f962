using ContactCenter.Kernel.Sla;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// Tells the platform about plugin state changes: <see cref="EventTypes.PluginStateChanged"/> on the kernel bus, and
/// liveness to the SLA heartbeat (<c>plugin:{id}</c>) when a heartbeat sink is registered.
/// </summary>
internal sealed partial class PluginStateNotifier
{
    /// <summary>The source of the plugin host's events.</summary>
    public const string Source = "/kernel/plugins";

    private readonly IEventBus _bus;
    private readonly IClock _clock;
    private readonly Lazy<IHeartbeatSink?> _heartbeat;
    private readonly ILogger<PluginStateNotifier> _logger;

    public PluginStateNotifier(IEventBus bus, IClock clock, IServiceProvider services, ILogger<PluginStateNotifier> logger)
    {
        _bus = bus;
        _clock = clock;
        _logger = logger;

        // Optional and lazy: the SLA heartbeat is another area's service and may be absent (tests, slim hosts).
        _heartbeat = new Lazy<IHeartbeatSink?>(() => services.GetService<IHeartbeatSink>());
    }

    /// <summary>The heartbeat component name of a plugin.</summary>
    public static string Component(string pluginId) => $"plugin:{pluginId}";

    public async ValueTask ChangedAsync(string pluginId, string version, PluginState state, string? reason)
    {
        LogStateChanged(pluginId, version, state, reason);
        var data = new PluginStateChanged(pluginId, version, state, reason);
        var cloudEvent = CloudEvent.Create(EventTypes.PluginStateChanged, Source, pluginId, _clock.UtcNow, data, KernelJson.Options);
        await _bus.PublishAsync(cloudEvent).ConfigureAwait(false);
    }

    /// <summary>Whether a heartbeat sink is registered.</summary>
    public bool HasHeartbeat => _heartbeat.Value is not null;

    /// <summary>Reports an installed plugin's liveness after a change: enabled plugins are alive only while active.</summary>
    public void ReportLiveness(PluginRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        if (!runtime.Installed || !runtime.Registration.Enabled)
        {
            Forget(runtime.Id);
            return;
        }

        Report(runtime.Id, runtime.State == PluginState.Active, runtime.StateReason is { } reason ? $"{runtime.State}: {reason}" : runtime.State.ToString());
    }

    /// <summary>Reports a plugin's liveness.</summary>
    public void Report(string pluginId, bool healthy, string description) => _heartbeat.Value?.Report(Component(pluginId), healthy, description);

    /// <summary>Stops reporting a plugin that was disabled or uninstalled on purpose.</summary>
    public void Forget(string pluginId) => _heartbeat.Value?.Forget(Component(pluginId));

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} is now {State} {Reason}")]
    private partial void LogStateChanged(string pluginId, string version, PluginState state, string? reason);
}
