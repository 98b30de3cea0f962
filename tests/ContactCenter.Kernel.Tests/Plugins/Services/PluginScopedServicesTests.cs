using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Plugins.Services;

/// <summary>What a plugin resolves is plugin-scoped, and no kernel type is reachable.</summary>
public sealed class PluginScopedServicesTests
{
    private const string Probe = """
        public sealed record Fact(string Text);

        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IPluginBackgroundService, Prober>();
        }

        public sealed class Prober(IServiceProvider services, IPluginStore store, IEventBus bus, IInteractionService interactions, IPresenceService presence, IConfiguration configuration, PluginStartupContext context, JsonSerializerOptions json) : IPluginBackgroundService
        {
            public async Task StartAsync(CancellationToken ct)
            {
                var facts = store.Collection<Fact>("facts");
                var kernelStore = Type.GetType("ContactCenter.Kernel.Storage.IDocumentStore, ContactCenter.Kernel", throwOnError: true)!;
                var kernelBus = Type.GetType("ContactCenter.Kernel.Events.InProcessEventBus, ContactCenter.Kernel", throwOnError: true)!;
                await facts.UpsertAsync("kernel-store", new Fact((services.GetService(kernelStore) is null).ToString()), ct);
                await facts.UpsertAsync("kernel-bus", new Fact((services.GetService(kernelBus) is null).ToString()), ct);
                await facts.UpsertAsync("configuration", new Fact($"{configuration["greeting"]}|{context.Configuration["nested:value"]}"), ct);
                await facts.UpsertAsync("own-options", new Fact((!ReferenceEquals(json, JsonSerializerOptions.Default)).ToString()), ct);
                await bus.PublishAsync(new CloudEvent { Id = "1", Type = "test.hello", Source = "/kernel/interactions", Time = DateTimeOffset.UnixEpoch }, ct);
                var created = await interactions.CreateAsync(new NewInteraction { Channel = ChannelKind.Chat, ChannelName = "web" }, ct);
                await facts.UpsertAsync("created", new Fact(created.ChannelPluginId ?? "none"), ct);
                try
                {
                    await store.CreateBatch().Insert("facts", "batch-a", new Fact("a")).Replace("other", "missing", new Fact("b"), 5).CommitAsync(ct);
                }
                catch (ContactCenter.Sdk.Errors.ConcurrencyConflictException)
                {
                    await facts.UpsertAsync("batch", new Fact("conflict"), ct);
                }

                await store.CreateBatch().Insert("facts", "batch-ok", new Fact("ok")).Upsert("other", "o1", new Fact("ok")).CommitAsync(ct);
                try
                {
                    await presence.GetAsync("agent-1", ct);
                }
                catch (InvalidOperationException ex)
                {
                    await facts.UpsertAsync("presence", new Fact(ex.Message), ct);
                }
            }

            public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
        }
        """;

    [Fact]
    public async Task PluginServices_ArePluginScopedAndHideKernelTypes()
    {
        var interactions = new RecordingInteractionService();
        await using var host = await PluginTestHost.StartAsync(services: s => s.AddSingleton<IKernelInteractionService>(interactions));
        var published = new TaskCompletionSource<CloudEvent>();
        using var subscription = host.Bus.Subscribe("test.hello", (e, _) =>
        {
            published.TrySetResult(e);
            return ValueTask.CompletedTask;
        });
        await host.Services.GetRequiredService<Kernel.Plugins.Approvals.PluginPermissionApprovals>().AutoApproveAsync("cc.test.probe", [Sdk.Permissions.EventsSubscribe, Sdk.Permissions.InteractionsWrite, Sdk.Permissions.PresenceRead], default);
        var plugin = TestPlugin.Create("cc.test.probe", "1.0.0").WithSource(Probe)
            .WithPermissions(Sdk.Permissions.EventsSubscribe, Sdk.Permissions.InteractionsWrite, Sdk.Permissions.PresenceRead)
            .WithConfigurationSchema("""{"type":"object","properties":{"greeting":{"type":"string"}}}""")
            .WithConfiguration("""{"greeting":"pura vida","nested":{"value":"42"}}""");

        var info = await host.Manager.InstallFromDirectoryAsync(plugin.BuildToDirectory(Path.Combine(host.Work, "probe")), default);
        Assert.Equal(PluginState.Active, info.State);

        Assert.Equal("True", await FactAsync(host, "kernel-store"));
        Assert.Equal("True", await FactAsync(host, "kernel-bus"));
        Assert.Equal("pura vida|42", await FactAsync(host, "configuration"));
        Assert.Equal("True", await FactAsync(host, "own-options"));
        Assert.Equal("/plugins/cc.test.probe", (await published.Task.WaitAsync(TimeSpan.FromSeconds(10))).Source);
        Assert.Equal("cc.test.probe", await FactAsync(host, "created"));
        Assert.Equal("cc.test.probe", Assert.Single(interactions.Created).PluginId);
        Assert.Equal("The presence service is not available in this host.", await FactAsync(host, "presence"));
        Assert.Equal("conflict", await FactAsync(host, "batch"));
        Assert.Null(await host.Store.GetAsync("p.cc.test.probe.facts", "batch-a", default));
        Assert.Equal("ok", await FactAsync(host, "batch-ok"));
        Assert.NotNull(await host.Store.GetAsync("p.cc.test.probe.other", "o1", default));
    }

    private static async Task<string?> FactAsync(PluginTestHost host, string id)
    {
        var document = await Eventually.GetAsync(() => host.Store.GetAsync("p.cc.test.probe.facts", id, default).AsTask(), id);
        return System.Text.Json.JsonDocument.Parse(document.Json).RootElement.GetProperty("text").GetString();
    }
}
