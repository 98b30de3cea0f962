using ContactCenter.Host.Tests.Support.Fakes;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Plugins.Http;
using ContactCenter.Kernel.Sla;
using ContactCenter.Sdk.Services;
using ContactCenter.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Support;

/// <summary>
/// One real host for the HTTP tests, with small fakes for the services other capabilities implement (plugin manager,
/// SLA, interactions, presence, plugin dispatcher) and a scriptable store probe. Tests reset what they change.
/// </summary>
public sealed class SharedHostFixture : IAsyncLifetime
{
    public const int MaxPackageBytes = 64 * 1024;
    public const int MaxJsonBytes = 16 * 1024;

    internal FakePluginManager Plugins { get; } = new();

    internal FakeComponentProbe Store { get; } = new("store");

    internal FakeInteractionService Interactions { get; } = new();

    public RunningHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await RunningHost.StartAsync(builder => Register(builder.Services), $"--CC:Api:MaxPluginPackageBytes={MaxPackageBytes}", $"--CC:Api:MaxJsonBodyBytes={MaxJsonBytes}");
    }

    public Task DisposeAsync() => Host.DisposeAsync().AsTask();

    internal void Reset()
    {
        Plugins.Reset();
        Store.Reset();
        Interactions.Calls.Clear();
    }

    private void Register(IServiceCollection services)
    {
        // Replace the kernel's `store` probe with the fake one the tests switch between healthy and unhealthy.
        foreach (var probe in services.Where(d => d.ServiceType == typeof(IComponentProbe) && d.ImplementationType?.Name == "StoreComponentProbe").ToArray())
        {
            services.Remove(probe);
        }

        services.AddSingleton<IComponentProbe>(Store);
        services.AddSingleton<IPluginManager>(Plugins);
        services.AddSingleton<ISlaService, FakeSlaService>();
        services.AddSingleton<IKernelInteractionService>(Interactions);
        services.AddSingleton<IPresenceService, FakePresenceService>();
        services.AddSingleton<IPluginHttpDispatcher, FakePluginHttpDispatcher>();
        services.AddSingleton<ContactCenter.Host.Security.Authentication.ITokenAuthenticator, TestTokenAuthenticator>();
    }
}

/// <summary>Tests sharing <see cref="SharedHostFixture"/> run one after another: they script the same fakes.</summary>
[CollectionDefinition(Name)]
public sealed class SharedHostCollection : ICollectionFixture<SharedHostFixture>
{
    public const string Name = "shared host";
}
