using System.Reflection;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Plugins.Hosting;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Kernel.Plugins.Storage;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Json;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Storage;
using ContactCenter.Sdk.Testing.Doubles;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>
/// An in-memory kernel hosting one plugin the way the platform does: <c>plugin.json</c> read and checked before any
/// assembly loads, the plugin's startup run, its contracts resolved and checked against its kinds, all in a collectible
/// load context with plugin-scoped kernel services (the real plugin host of <c>ContactCenter.Kernel</c>). The kernel
/// services it calls are test doubles the test controls and inspects; HTTP goes through the kernel's own dispatcher.
/// </summary>
/// <remarks>
/// Contracts returned by <see cref="Channels"/> and <see cref="Strategies"/> are the plugin's objects: use them inside a
/// helper method and do not keep them in fields, or <see cref="UnloadAsync"/> will find the plugin still referenced.
/// </remarks>
public sealed partial class PluginTestKernel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly KernelDoubles _doubles;
    private readonly string _dataDirectory;
    private bool _disposed;

    private PluginTestKernel(WebApplication app, KernelDoubles doubles, string dataDirectory, PluginInfo info)
    {
        _app = app;
        _doubles = doubles;
        _dataDirectory = dataDirectory;
        PluginId = info.Id;
        Version = info.Version;
        PublicPath = info.PublicPath;
        Store = new PluginStore(info.Id, doubles.Store, ContactCenterJson.CreateOptions());
    }

    /// <summary>The plugin id from <c>plugin.json</c>.</summary>
    public string PluginId { get; }

    /// <summary>The loaded version.</summary>
    public string Version { get; }

    /// <summary>The public path the manifest declares (e.g. <c>/echo/</c>), if any.</summary>
    public string? PublicPath { get; }

    /// <summary>The plugin's state: <see cref="PluginState.Active"/> once loaded; otherwise see <see cref="StateReason"/>.</summary>
    public PluginState State => Info().State;

    /// <summary>Why the plugin is not active (NotSupported, Faulted, UnloadFailed), if it is not.</summary>
    public string? StateReason => Info().StateReason;

    /// <summary>The platform clock, frozen until the test advances it.</summary>
    public TestClock Clock => _doubles.Clock;

    /// <summary>The event bus: what the plugin published, and a way to publish to it.</summary>
    public TestEventBus Events => _doubles.Events;

    /// <summary>The interaction service the plugin calls, following the kernel's lifecycle rules.</summary>
    public TestInteractionService Interactions => _doubles.Interactions;

    /// <summary>The presence service the plugin calls.</summary>
    public TestPresenceService Presence => _doubles.Presence;

    /// <summary>The plugin's own document store, seen from the test (same documents, the test's types).</summary>
    public IPluginStore Store { get; }

    /// <summary>Every log record the kernel and the plugin wrote.</summary>
    public IReadOnlyList<LogEntry> Logs => _doubles.Logs.Entries;

    /// <summary>The event source the kernel stamps on the plugin's events: <c>/plugins/{pluginId}</c>.</summary>
    public string EventSource => $"/plugins/{PluginId}";

    private IServiceProvider Services => _app.Services;

    /// <summary>Starts a kernel hosting the plugin under test recorded in <paramref name="testAssembly"/>.</summary>
    /// <param name="testAssembly">The test assembly (see <see cref="PluginUnderTest"/>).</param>
    /// <returns>The started kernel.</returns>
    public static Task<PluginTestKernel> StartAsync(Assembly testAssembly) =>
        StartAsync(new PluginTestOptions { PluginDirectory = PluginUnderTest.Directory(testAssembly) });

    /// <summary>Starts a kernel and installs the plugin. A plugin that fails to load is reported by <see cref="State"/>.</summary>
    /// <param name="options">Where the plugin is and how to host it.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The started kernel.</returns>
    /// <exception cref="Errors.ContactCenterException">The plugin's folder or manifest is refused (the message says why).</exception>
    public static async Task<PluginTestKernel> StartAsync(PluginTestOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var data = Directory.CreateTempSubdirectory("cc-plugin-test-").FullName;
        var doubles = new KernelDoubles(options.ClockStart);
        var app = KernelComposition.Build(options, data, doubles);
        try
        {
            var source = PluginStaging.Prepare(options.PluginDirectory, options.Configuration, Path.Combine(data, "source"));
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await new PresenceStatusCatalog(doubles.Store).SeedAsync(cancellationToken).ConfigureAwait(false);
            var bootstrapper = app.Services.GetRequiredService<PluginBootstrapper>();
            await bootstrapper.RegisterAsync(cancellationToken).ConfigureAwait(false);
            await bootstrapper.ActivateAllAsync(cancellationToken).ConfigureAwait(false);
            await PermissionGrants.ApproveAsync(app.Services, source, options.GrantedPermissions, cancellationToken).ConfigureAwait(false);
            var info = await app.Services.GetRequiredService<IPluginManager>().InstallFromDirectoryAsync(source, cancellationToken).ConfigureAwait(false);
            var kernel = new PluginTestKernel(app, doubles, data, info);
            doubles.Interactions.Ledger.DeliverToChannel = kernel.DeliverOwnedAsync;
            return kernel;
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            await doubles.Events.DisposeAsync().ConfigureAwait(false);
            DeleteQuietly(data);
            throw;
        }
    }

    /// <summary>Drains and unloads the plugin (as disabling it in the host does) and checks its load context was collected.</summary>
    /// <param name="cancellationToken">Cancels the wait for the plugin's gate.</param>
    /// <returns>Whether the load context was collected, and why not.</returns>
    public async Task<UnloadReport> UnloadAsync(CancellationToken cancellationToken = default)
    {
        var info = await Services.GetRequiredService<IPluginManager>().DisableAsync(PluginId, cancellationToken).ConfigureAwait(false);
        var failed = info.Versions.FirstOrDefault(v => v.State == PluginState.UnloadFailed);
        return failed is null ? new UnloadReport(true, null) : new UnloadReport(false, failed.StateReason ?? info.StateReason);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await Services.GetRequiredService<PluginBootstrapper>().UnloadAllAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        await _doubles.Events.DisposeAsync().ConfigureAwait(false);
        _doubles.LoggerFactory.Dispose();
        DeleteQuietly(_dataDirectory);
    }

    private PluginInfo Info() =>
        Services.GetRequiredService<IPluginManager>().Get(PluginId) ?? throw new InvalidOperationException($"Plugin '{PluginId}' is no longer installed.");

    private PluginVersion ActiveVersion() =>
        Services.GetRequiredService<PluginCatalog>().Get(PluginId)?.Current is { State: PluginState.Active } version
            ? version
            : throw new InvalidOperationException($"Plugin '{PluginId}' is not active ({State}): {StateReason}");

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the test run over it is not.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
