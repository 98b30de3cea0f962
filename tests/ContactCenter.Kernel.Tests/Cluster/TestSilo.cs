using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Routing;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Kernel.Tests.Cluster;

/// <summary>
/// A real in-process silo with the whole kernel on a store the test owns, an ephemeral silo port, and a fake kernel
/// clock (Orleans keeps the system clock). Stopping it and starting another on the same store is a restart.
/// </summary>
internal sealed class TestSilo : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    private readonly IHost _host;
    private readonly IDisposable _subscription;

    private TestSilo(IHost host, FakeTimeProvider time, IDocumentStore store)
    {
        _host = host;
        Time = time;
        Store = store;
        _subscription = Services.GetRequiredService<IEventBus>().Subscribe("cc.*", (e, _) =>
        {
            Published.Enqueue(e);
            return ValueTask.CompletedTask;
        });
    }

    public FakeTimeProvider Time { get; }

    public IDocumentStore Store { get; }

    public IServiceProvider Services => _host.Services;

    public ConcurrentQueue<CloudEvent> Published { get; } = new();

    public IKernelInteractionService Interactions => Services.GetRequiredService<IKernelInteractionService>();

    public IPresenceService Presence => Services.GetRequiredService<IPresenceService>();

    public IDirectory Directory => Services.GetRequiredService<IDirectory>();

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public static async Task<TestSilo> StartAsync(IDocumentStore? store = null, FakeTimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        time ??= new FakeTimeProvider(Start);
        store ??= new InMemoryDocumentStore(time);
        return await StartAsync(time, new ConfigurationManager(), services => services.AddSingleton(store), configure);
    }

    /// <summary>Starts a silo on the LiteDB store in <paramref name="dataDirectory"/>, which the host opens and closes.</summary>
    /// <param name="dataDirectory">The data directory (store file and keys).</param>
    /// <param name="time">The kernel clock.</param>
    /// <param name="wrap">Optionally wraps the LiteDB store (an older version's schema, for example).</param>
    public static Task<TestSilo> StartOnLiteDbAsync(string dataDirectory, FakeTimeProvider time, Func<IDocumentStore, IDocumentStore>? wrap = null)
    {
        // A source with initial data: a value set through the indexer did not survive the host builder taking the manager
        // over, so these silos silently shared the default ./data directory (and collided when run side by side).
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("CC:Storage:DataDirectory", dataDirectory)]);
        return StartAsync(time, configuration, services =>
        {
            services.AddLiteDbStore(configuration);
            if (wrap is not null)
            {
                services.AddSingleton<IDocumentStore>(sp => wrap(sp.GetRequiredService<ContactCenter.Storage.LiteDb.LiteDbDocumentStore>()));
            }
        }, null);
    }

    private static async Task<TestSilo> StartAsync(FakeTimeProvider time, ConfigurationManager configuration, Action<IServiceCollection> addStore,
        Action<IServiceCollection>? configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Configuration = configuration });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new KernelTime(time));
        addStore(builder.Services);
        builder.Services.AddContactCenterKernel(builder.Configuration);
        builder.Services.Configure<RoutingOptions>(o => o.ResyncInterval = TimeSpan.FromSeconds(1));
        configure?.Invoke(builder.Services);
        var port = FreePort();
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: port, gatewayPort: 0, serviceId: "cc-tests", clusterId: "cc-" + Guid.NewGuid().ToString("N"))
            .AddContactCenterKernel());
        var host = builder.Build();
        await host.StartAsync();
        return new TestSilo(host, time, host.Services.GetRequiredService<IDocumentStore>());
    }

    /// <summary>Waits (wall clock, at most 15 s) until <paramref name="condition"/> holds; fails the test otherwise.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(15);
        while (!await condition())
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _subscription.Dispose();
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
