using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>
/// A plugin's <see cref="IClock"/>: the kernel's time, with every timer the plugin creates tracked and disposed at
/// unload, and delays cancelled when the version stops (a pending timer or delay would pin the plugin's code).
/// </summary>
internal sealed partial class PluginClock(IClock kernel, PluginResources resources, PluginVersion version, ILogger<PluginClock> logger) : IClock
{
    public DateTimeOffset UtcNow => kernel.UtcNow;

    public ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new TrackedTimer(this, callback, state);
        timer.Attach(kernel.CreateTimer(static s => ((TrackedTimer)s!).Fire(), timer, dueTime, period));
        resources.Track(timer);
        return timer;
    }

    public async Task Delay(TimeSpan delay, CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, version.Stopping);
        await kernel.Delay(delay, linked.Token).ConfigureAwait(false);
    }

    internal void Untrack(TrackedTimer timer) => resources.Untrack(timer);

    internal void OnCallbackFailed(Exception exception) => LogTimerFailed(exception, version.PluginId, version.Version);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Plugin {PluginId} {Version}: a timer callback threw; the timer keeps running")]
    private partial void LogTimerFailed(Exception exception, string pluginId, string version);
}
