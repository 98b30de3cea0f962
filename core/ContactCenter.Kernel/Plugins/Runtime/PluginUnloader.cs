using System.Runtime.CompilerServices;
using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// Retires a plugin version: drain its leases (bounded), stop its background services, end its subscriptions and
/// timers, dispose its scope and load context, then verify the context was collected. A context that survives is
/// marked <see cref="PluginState.UnloadFailed"/> with the reason, and stays listed.
/// </summary>
internal sealed partial class PluginUnloader(PluginInvoker invoker, PluginStateNotifier notifier, ILogger<PluginUnloader> logger)
{
    /// <summary>Drains and unloads a version that no longer receives new work.</summary>
    /// <param name="version">The version.</param>
    /// <param name="cancellationToken">Ends the drain early.</param>
    /// <param name="verifyCollected">
    /// Whether to verify the load context was collected (hot swap, disable, uninstall). The host's own stop skips it:
    /// the process is ending, and the forced collections would spend the stop budget other services need.
    /// </param>
    /// <returns><see langword="true"/> if its load context was collected (or not verified).</returns>
    public async Task<bool> RetireAsync(PluginVersion version, CancellationToken cancellationToken, bool verifyCollected = true)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.State is PluginState.Active or PluginState.Loading)
        {
            version.SetState(PluginState.Draining, null);
            await notifier.ChangedAsync(version.PluginId, version.Version, PluginState.Draining, null).ConfigureAwait(false);
        }

        // Long sessions never drain by themselves: end them now so their clients reconnect to the new version.
        version.EndSessions();
        await DrainAsync(version, cancellationToken).ConfigureAwait(false);
        return await TearDownAsync(version, verifyCollected).ConfigureAwait(false);
    }

    /// <summary>Unloads a version (drained, or never started) and verifies its context was collected.</summary>
    /// <remarks>The context is only ever reached through the version, so no frame of this method keeps it alive.</remarks>
    public async Task<bool> TearDownAsync(PluginVersion version, bool verifyCollected = true)
    {
        ArgumentNullException.ThrowIfNull(version);
        version.Stop();
        await DisposeInstanceAsync(version).ConfigureAwait(false);
        Unload(version);
        if (!verifyCollected)
        {
            LogUnloadedUnverified(version.PluginId, version.Version);
            return true;
        }

        if (await IsCollectedAsync(version.LoadContextReference).ConfigureAwait(false))
        {
            LogUnloaded(version.PluginId, version.Version);
            return true;
        }

        var reason = $"Version {version.Version} was stopped but its load context was not collected after {invoker.Options.UnloadVerificationAttempts} garbage collections: "
            + "something still references the plugin's types (a static of a shared type, an event handler left subscribed, a thread still running its code, or a cache).";
        version.SetState(PluginState.UnloadFailed, reason);
        LogUnloadFailed(version.PluginId, version.Version, reason);
        await notifier.ChangedAsync(version.PluginId, version.Version, PluginState.UnloadFailed, reason).ConfigureAwait(false);
        return false;
    }

    private async Task DrainAsync(PluginVersion version, CancellationToken cancellationToken)
    {
        // Wall-clock, like every watchdog of the plugin host.
        var started = TimeProvider.System.GetTimestamp();
        while (version.InFlight > 0 && TimeProvider.System.GetElapsedTime(started) < invoker.Options.DrainTimeout && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), CancellationToken.None).ConfigureAwait(false);
        }

        if (version.InFlight > 0)
        {
            LogDrainTimedOut(version.PluginId, version.Version, version.InFlight);
        }
    }

    private async Task DisposeInstanceAsync(PluginVersion version)
    {
        var instance = version.Instance;
        version.Instance = null;
        if (instance is null)
        {
            return;
        }

        for (var i = instance.StartedServices - 1; i >= 0; i--)
        {
            var service = instance.BackgroundServices[i];
            await invoker.InvokeAsync(version, $"background service {service.GetType().Name} stop", ct => new ValueTask(service.StopAsync(ct)), invoker.Options.CallBudget, CancellationToken.None).ConfigureAwait(false);
        }

        var leaked = instance.Resources.DisposeAll();
        if (leaked > 0)
        {
            LogResourcesDisposed(version.PluginId, version.Version, leaked);
        }

        var scope = instance.Scope;
        await invoker.InvokeAsync(version, "disposing services", _ => scope.DisposeAsync(), invoker.Options.CallBudget, CancellationToken.None).ConfigureAwait(false);
    }

    // Not inlined and without locals that outlive it: nothing on this frame may keep the context reachable.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Unload(PluginVersion version)
    {
        var context = version.Context;
        version.Context = null;
        context?.Dispose();
    }

    private async Task<bool> IsCollectedAsync(WeakReference? reference)
    {
        if (reference is null)
        {
            return true;
        }

        for (var attempt = 0; attempt < invoker.Options.UnloadVerificationAttempts; attempt++)
        {
            if (attempt == 1)
            {
                // Still alive after a first collection: drop what process-wide reflection caches (the serializer's,
                // Autofac's integration) hold about the plugin's types.
                SerializerCaches.Clear();
                AutofacReflectionCaches.Clear();
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (!reference.IsAlive)
            {
                return true;
            }

            await Task.Delay(VerificationPause(invoker.Options.UnloadVerificationDelay, attempt), CancellationToken.None).ConfigureAwait(false);
        }

        return !reference.IsAlive;
    }

    /// <summary>
    /// The pause after a failed verification attempt: the configured delay, doubled per attempt, capped at one second.
    /// An unloading context needs several collections and finaliser passes, and on a busy machine they take seconds;
    /// backing off covers that without making a real leak wait long to be reported.
    /// </summary>
    internal static TimeSpan VerificationPause(TimeSpan first, int attempt)
    {
        var cap = TimeSpan.FromSeconds(1);
        if (first >= cap)
        {
            return first;
        }

        var pause = first * Math.Pow(2, Math.Min(attempt, 20));
        return pause < cap ? pause : cap;
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} unloaded and collected")]
    private partial void LogUnloaded(string pluginId, string version);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Error, Message = "Plugin {PluginId} {Version} failed to unload: {Reason}")]
    private partial void LogUnloadFailed(string pluginId, string version, string reason);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning, Message = "Plugin {PluginId} {Version}: drain timed out with {InFlight} call(s) still running; unloading anyway")]
    private partial void LogDrainTimedOut(string pluginId, string version, int inFlight);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Debug, Message = "Plugin {PluginId} {Version}: disposed {Count} subscription(s) and timer(s) it left open")]
    private partial void LogResourcesDisposed(string pluginId, string version, int count);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Information, Message = "Plugin {PluginId} {Version} unloaded (the host is stopping: collection not verified)")]
    private partial void LogUnloadedUnverified(string pluginId, string version);
}
