using ContactCenter.Kernel.Events;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Plugins.Channels;
using ContactCenter.Kernel.Plugins.Http;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Kernel.Routing;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ContactCenter.Kernel.Tests.Plugins.Support;

/// <summary>
/// A started host with the plugin host and the kernel basics it needs (clock, bus, in-memory store), on a temp data
/// folder. Short budgets keep isolation tests fast. Restart with <see cref="RestartAsync"/> (same folder and store).
/// </summary>
internal sealed class PluginTestHost : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private PluginTestHost(TempDirectory data, InMemoryDocumentStore store, Dictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        Data = data;
        Store = store;
        _settings = settings;
        _services = services;
    }

    public TempDirectory Data { get; }

    public InMemoryDocumentStore Store { get; }

    public IHost Host { get; private set; } = null!;

    public IServiceProvider Services => Host.Services;

    public IPluginManager Manager => Services.GetRequiredService<IPluginManager>();

    public IPluginHttpDispatcher Dispatcher => Services.GetRequiredService<IPluginHttpDispatcher>();

    public IRoutingStrategyProvider Routing => Services.GetRequiredService<IRoutingStrategyProvider>();

    public IChannelGateway Channels => Services.GetRequiredService<IChannelGateway>();

    public IEventBus Bus => Services.GetRequiredService<IEventBus>();

    public PluginCatalog Catalog => Services.GetRequiredService<PluginCatalog>();

    public string PluginsDirectory => Path.Combine(Data.Path, "plugins");

    /// <summary>A folder for building test plugins, outside the plugins folder.</summary>
    public string Work => Directory.CreateDirectory(Path.Combine(Data.Path, "work")).FullName;

    public static Dictionary<string, string?> DefaultSettings(string dataDirectory) => new()
    {
        ["CC:Storage:DataDirectory"] = dataDirectory,
        ["CC:Plugins:CallBudget"] = "00:00:05",
        ["CC:Plugins:HttpBudget"] = "00:00:05",
        ["CC:Plugins:DrainTimeout"] = "00:00:05",
        // Up to ~16 s (50 ms doubling to 1 s) before a stopped version counts as leaked: with every test class of the
        // assembly running beside it on 2 cores, the thread pool can hold a plugin's last continuation for seconds.
        // A collected context ends the wait at once, so passing tests do not pay for it.
        ["CC:Plugins:UnloadVerificationAttempts"] = "20",
        ["CC:Plugins:UnloadVerificationDelay"] = "00:00:00.050",
        ["CC:Plugins:BreakerFailureThreshold"] = "2",
        ["CC:Plugins:RetryAfterSeconds"] = "7",
    };

    public static async Task<PluginTestHost> StartAsync(Action<Dictionary<string, string?>>? settings = null, Action<IServiceCollection>? services = null)
    {
        var data = new TempDirectory();
        var values = DefaultSettings(data.Path);
        settings?.Invoke(values);
        var host = new PluginTestHost(data, new InMemoryDocumentStore(TimeProvider.System), values, services);
        await host.BuildAndStartAsync();
        return host;
    }

    /// <summary>Stops the host and starts a new one on the same folder and store.</summary>
    public async Task RestartAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await BuildAndStartAsync();
    }

    /// <summary>Registers the plugin host and the kernel basics (shared by the Kestrel test app).</summary>
    public static void AddServices(IServiceCollection services, IConfiguration configuration, IDocumentStore store)
    {
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, KernelClock>();
        services.AddSingleton<InProcessEventBus>();
        services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<InProcessEventBus>());
        services.AddSingleton(store);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StoreInitializer>());
        services.AddPluginHost(configuration);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        Data.Dispose();
    }

    private async Task BuildAndStartAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(_settings);
        AddServices(builder.Services, builder.Configuration, Store);
        _services?.Invoke(builder.Services);
        Host = builder.Build();
        await Host.StartAsync();
    }
}
