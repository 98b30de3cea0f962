using ContactCenter.Kernel.Plugins.Channels;
using ContactCenter.Kernel.Plugins.Health;
using Microsoft.Extensions.Hosting;

namespace ContactCenter.Kernel.Plugins.Hosting;

/// <summary>
/// Runs the plugin host with the application: registers plugins once the store is open, loads the enabled ones once
/// every other service (Orleans, Kestrel) has started (then installs or upgrades the bundled ones), and unloads them all first when the application stops.
/// Until loading finishes, plugin routes answer 503 with <c>Retry-After</c> and health reports say so.
/// </summary>
internal sealed class PluginHostService(PluginBootstrapper bootstrapper, PluginHeartbeat heartbeat, ChannelNotifier channels, Bundled.BundledPluginInstaller bundled)
    : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await bootstrapper.RegisterAsync(cancellationToken).ConfigureAwait(false);

        // Before anything loads: a bundled plugin must not start (and fail) without what it is entitled to.
        await bundled.ApproveBundledAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        channels.Start();
        await bootstrapper.ActivateAllAsync(cancellationToken).ConfigureAwait(false);
        await bundled.InstallBundledAsync(cancellationToken).ConfigureAwait(false);
        heartbeat.Start();
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await heartbeat.DisposeAsync().ConfigureAwait(false);
        channels.Dispose();
        await bootstrapper.UnloadAllAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
