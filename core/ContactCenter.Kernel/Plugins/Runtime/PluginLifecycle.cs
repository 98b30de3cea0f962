using ContactCenter.Kernel.Plugins.Registry;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>The mechanics operations share: load a plugin's registered version, retire a version, unload a plugin.</summary>
internal sealed class PluginLifecycle(
    PluginActivator activator,
    PluginUnloader unloader,
    PluginStateNotifier notifier,
    PluginPaths paths,
    IOptions<PluginHostOptions> options)
{
    /// <summary>What an enabled plugin shows when this process manages plugins without running them.</summary>
    public const string LoadsWhenHostStarts = "Loads when the host starts.";

    /// <summary>Whether this process loads and runs plugins (see <see cref="PluginHostOptions.LoadAssemblies"/>).</summary>
    public bool LoadsAssemblies => options.Value.LoadAssemblies;

    /// <summary>Loads the registered version unless it is already active; a faulted one is unloaded and loaded again.</summary>
    public async Task LoadAsync(PluginRuntime runtime, CancellationToken cancellationToken)
    {
        if (runtime.Current is { } current)
        {
            if (current.State == PluginState.Active)
            {
                return;
            }

            runtime.Current = null;
            await RetireAsync(runtime, current, cancellationToken).ConfigureAwait(false);
        }

        if (runtime.Manifest is not { } manifest)
        {
            runtime.SetIdle(PluginState.NotSupported, runtime.IdleReason ?? $"The manifest of version {runtime.Registration.Version} cannot be read.");
            notifier.ReportLiveness(runtime);
            return;
        }

        if (!LoadsAssemblies)
        {
            runtime.SetIdle(PluginState.Loading, LoadsWhenHostStarts);
            return;
        }

        var activation = await activator.ActivateAsync(manifest, paths.VersionDirectory(runtime.Id, manifest.VersionText), cancellationToken).ConfigureAwait(false);
        Apply(runtime, activation);
        notifier.ReportLiveness(runtime);
    }

    /// <summary>Makes an activation's outcome the plugin's: its version serves, or its reason is shown.</summary>
    public static void Apply(PluginRuntime runtime, PluginActivation activation)
    {
        if (activation.Succeeded)
        {
            runtime.Current = activation.Version;
            runtime.SetIdle(PluginState.Disabled, null);
            return;
        }

        runtime.SetIdle(activation.State, activation.Reason);
        if (activation.Version is { State: PluginState.UnloadFailed } failed)
        {
            runtime.AddLingering(failed);
        }
    }

    /// <summary>Stops new work to a plugin and unloads its version; the plugin shows <paramref name="idleState"/>.</summary>
    /// <remarks><paramref name="verifyCollected"/> is false only when the host itself stops (see <see cref="PluginUnloader.RetireAsync"/>).</remarks>
    public async Task UnloadAsync(PluginRuntime runtime, PluginState idleState, string? reason, CancellationToken cancellationToken, bool verifyCollected = true)
    {
        var current = runtime.Current;
        runtime.Current = null;
        runtime.SetIdle(idleState, reason);
        if (current is not null)
        {
            await RetireAsync(runtime, current, cancellationToken, verifyCollected).ConfigureAwait(false);
        }
    }

    /// <summary>Drains and unloads a version that no longer receives new work; it stays listed until collected.</summary>
    public async Task RetireAsync(PluginRuntime runtime, PluginVersion version, CancellationToken cancellationToken, bool verifyCollected = true)
    {
        runtime.AddLingering(version);
        if (await unloader.RetireAsync(version, cancellationToken, verifyCollected).ConfigureAwait(false))
        {
            runtime.RemoveLingering(version);
            await notifier.ChangedAsync(version.PluginId, version.Version, PluginState.Disabled, "unloaded").ConfigureAwait(false);
        }
    }
}
