using System.Net;
using System.Runtime.CompilerServices;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Testing.Hosting;
using Xunit;

namespace ContactCenter.Sdk.Testing.Conformance;

/// <summary>
/// What every plugin must do, whatever its kinds: its manifest is accepted and it loads; its startup only registers
/// services; its health check answers; its HTTP handler answers 404 problem for unknown paths; and after use it
/// unloads completely (its load context is collected). Subclass it in the plugin's test project (the contract suites,
/// <see cref="ChannelConformance"/> and <see cref="RoutingStrategyConformance"/>, already do). Each test gets a fresh
/// <see cref="PluginTestKernel"/>.
/// </summary>
public abstract class PluginConformance : IAsyncLifetime
{
    private PluginTestKernel? _kernel;

    /// <summary>The kernel hosting the plugin under test for the current test.</summary>
    protected PluginTestKernel Kernel => _kernel ?? throw new InvalidOperationException("The test kernel starts in InitializeAsync.");

    /// <inheritdoc />
    public virtual async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(CreateOptions()).ConfigureAwait(false);

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        if (_kernel is not null)
        {
            await _kernel.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The manifest is accepted, the startup runs and the contracts resolve: the plugin is active.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual Task Manifest_LoadedLikeTheHost_PluginActive()
    {
        Assert.True(Kernel.State == PluginState.Active, $"The plugin is {Kernel.State}: {Kernel.StateReason}");
        Assert.False(string.IsNullOrWhiteSpace(Kernel.PluginId));
        Assert.True(NuGet.Versioning.NuGetVersion.TryParse(Kernel.Version, out _), $"'{Kernel.Version}' is not a semantic version.");
        return Task.CompletedTask;
    }

    /// <summary>Running the startup again registers the same services and touches nothing: no event, no call, no document.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Startup_RunAgain_OnlyRegistersServices()
    {
        var before = await SideEffectsAsync().ConfigureAwait(false);

        var (first, second) = Kernel.RegisterTwice();

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(before, await SideEffectsAsync().ConfigureAwait(false));
    }

    /// <summary>The plugin's health checks answer within the call budget, and not as unhealthy on a fresh kernel.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Health_FreshKernel_AnswersHealthy()
    {
        var health = await Kernel.CheckHealthAsync().ConfigureAwait(false);

        Assert.True(health.Status != PluginHealthStatus.Unhealthy, $"Unhealthy: {health.Description}");
    }

    /// <summary>A path the plugin does not serve answers 404 with a problem+json body, not an error or an empty 200.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Http_UnknownPath_Answers404Problem()
    {
        using var client = Kernel.CreateClient();

        using var response = await client.GetAsync(Kernel.ApiUri("/cc-conformance/no-such-path")).ConfigureAwait(false);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>After the plugin was exercised, unloading it leaves nothing holding it: its load context is collected.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Unload_AfterUse_LoadContextCollected()
    {
        await ExerciseAsync().ConfigureAwait(false);

        var report = await Kernel.UnloadAsync().ConfigureAwait(false);

        Assert.True(report.Collected, $"The plugin's load context was not collected after unload: {report.Reason}");
    }

    /// <summary>Where the plugin under test is and how to host it; by default the one the test project references.</summary>
    /// <returns>The options.</returns>
    protected virtual PluginTestOptions CreateOptions() => new() { PluginDirectory = PluginUnderTest.Directory(GetType().Assembly) };

    /// <summary>Uses the plugin before the unload check; contract suites add their own calls. Keep no plugin object.</summary>
    /// <returns>The work.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected virtual async Task ExerciseAsync()
    {
        await Kernel.CheckHealthAsync().ConfigureAwait(false);
        using var client = Kernel.CreateClient();
        using var response = await client.GetAsync(Kernel.ApiUri("/cc-conformance/no-such-path")).ConfigureAwait(false);
    }

    /// <summary>What the plugin changed that the test can see: events, kernel calls, documents.</summary>
    /// <returns>A comparable description.</returns>
    protected async Task<string> SideEffectsAsync()
    {
        var documents = await Kernel.SnapshotStoreAsync().ConfigureAwait(false);
        var pluginEvents = Kernel.Events.Published.Count(e => e.Source == Kernel.EventSource);
        var pluginCalls = Kernel.Interactions.Calls.Count(c => c.FromPlugin) + Kernel.Presence.Calls.Count(c => c.FromPlugin);
        return $"events {pluginEvents}, calls {pluginCalls}, documents:{Environment.NewLine}{string.Join(Environment.NewLine, documents)}";
    }
}
