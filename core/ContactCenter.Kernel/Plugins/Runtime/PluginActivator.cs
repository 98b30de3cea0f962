using System.Text;
using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Loading;
using ContactCenter.Kernel.Plugins.Manifest;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Plugins.Runtime;

/// <summary>
/// Loads and starts one plugin version on the side: SDK check, collectible load context, startup, lifetime scope,
/// contracts, collections, background services. Every call into plugin code goes through the invoker. On any failure
/// the version is torn down (and its unload verified) before the failure is returned.
/// </summary>
internal sealed class PluginActivator(
    IPluginAssemblyLoader loader,
    PluginInvoker invoker,
    PluginInstanceBuilder builder,
    PluginUnloader unloader,
    PluginStateNotifier notifier,
    IServiceProvider services)
{
    /// <summary>Host configuration section whose <c>{pluginId}</c> child overrides keys of that plugin's manifest configuration.</summary>
    public const string SettingsSection = "CC:Plugins:Settings";

    public async Task<PluginActivation> ActivateAsync(PluginManifest manifest, string directory, CancellationToken cancellationToken)
    {
        if (ManifestRules.CheckSdk(manifest.Id, manifest.VersionText, manifest.Sdk) is { } mismatch)
        {
            return new PluginActivation(null, PluginState.NotSupported, mismatch);
        }

        var version = new PluginVersion(manifest, directory, invoker.Options.BreakerFailureThreshold);
        await notifier.ChangedAsync(version.PluginId, version.Version, PluginState.Loading, null).ConfigureAwait(false);
        try
        {
            version.Context = loader.Load(Path.Combine(directory, manifest.Assembly));
        }
        catch (Exception ex) when (StartupLocator.IsIncompatibility(ex))
        {
            return await RefuseAsync(version, PluginState.NotSupported, $"The plugin's assembly cannot be loaded by this host ({ex.GetType().Name}: {ex.Message}).").ConfigureAwait(false);
        }

        version.LoadContextReference = new WeakReference(version.Context.LoadContext);
        var failure = await StartAsync(version, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            await unloader.TearDownAsync(version).ConfigureAwait(false);
            return await RefuseAsync(version, failure.Value.State, failure.Value.Reason).ConfigureAwait(false);
        }

        version.SetState(PluginState.Active, null);
        await notifier.ChangedAsync(version.PluginId, version.Version, PluginState.Active, null).ConfigureAwait(false);
        return new PluginActivation(version, PluginState.Active, null);
    }

    private async Task<(PluginState State, string Reason)?> StartAsync(PluginVersion version, CancellationToken cancellationToken)
    {
        var manifest = version.Manifest;
        Type startupType;
        try
        {
            var (type, problem) = StartupLocator.Find(version.Context!.MainAssembly, manifest);
            if (type is null)
            {
                return (PluginState.NotSupported, problem!);
            }

            startupType = type;
        }
        catch (Exception ex) when (StartupLocator.IsIncompatibility(ex))
        {
            return (PluginState.NotSupported, $"The plugin's types cannot be loaded by this host ({ex.GetType().Name}: {ex.Message}).");
        }

        var services = new ServiceCollection();
        var startupContext = new PluginStartupContext(manifest.Id, manifest.VersionText, BuildConfiguration(manifest.Id, manifest.Configuration), version.Directory);
        var started = await invoker.InvokeAsync(
            version,
            "startup",
            _ =>
            {
                var startup = (IPluginStartup)Activator.CreateInstance(startupType)!;
                startup.ConfigureServices(services, startupContext);
                return ValueTask.CompletedTask;
            },
            invoker.Options.CallBudget,
            cancellationToken).ConfigureAwait(false);
        if (!started.Succeeded)
        {
            return Classify(started.Exception, started.Reason!);
        }

        return await builder.BuildAsync(version, services, startupContext, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PluginActivation> RefuseAsync(PluginVersion version, PluginState state, string reason)
    {
        if (version.State != PluginState.UnloadFailed)
        {
            version.SetState(state, reason);
        }

        await notifier.ChangedAsync(version.PluginId, version.Version, state, reason).ConfigureAwait(false);
        return new PluginActivation(version, state, reason);
    }

    /// <summary>NotSupported when the plugin was built for another host; Faulted when its code failed.</summary>
    public static (PluginState, string) Classify(Exception? exception, string reason) =>
        exception is not null && StartupLocator.IsIncompatibility(Innermost(exception))
            ? (PluginState.NotSupported, $"{reason} (the plugin was probably built for another SDK version)")
            : (PluginState.Faulted, reason);

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;

    // The operator's overrides (CC:Plugins:Settings:{id}:...) win over the manifest's values, so a host can set a bundled
    // plugin's ports or demo accounts without repackaging it. The host's configuration is optional (slim hosts, tests).
    private IConfigurationRoot BuildConfiguration(string pluginId, string json)
    {
        var builder = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        if (services.GetService<IConfiguration>()?.GetSection($"{SettingsSection}:{pluginId}") is { } overrides && overrides.GetChildren().Any())
        {
            builder.AddConfiguration(overrides);
        }

        return builder.Build();
    }
}
