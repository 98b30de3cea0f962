using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Json;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static ContactCenter.Sdk.Permissions;

namespace ContactCenter.Kernel.Tests.Plugins.Approvals;

/// <summary>A plugin's subscription is accepted at start; events reach it only while <c>events.subscribe</c> is approved.</summary>
public sealed class PluginEventPermissionTests
{
    private const string Id = "cc.test.listener";

    private const string Listener = """
        public sealed record Seen(string Text);

        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IPluginBackgroundService, Worker>();
        }

        public sealed class Worker(IEventBus bus, IPluginStore store, JsonSerializerOptions json) : IPluginBackgroundService
        {
            private IDisposable? _subscription;

            public Task StartAsync(CancellationToken ct)
            {
                _subscription = bus.Subscribe("test.ping", async (e, c) =>
                    await store.Collection<Seen>("seen").UpsertAsync(e.GetData<string>(json) ?? "none", new Seen("yes"), c));
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken ct)
            {
                _subscription?.Dispose();
                return Task.CompletedTask;
            }
        }
        """;

    [Fact]
    public async Task Delivery_NotApproved_IsWithheldUntilApproved()
    {
        var observer = new RecordingPermissionObserver();
        await using var host = await PluginTestHost.StartAsync(services: s => s.TryAddEnumerable(ServiceDescriptor.Singleton<IPluginPermissionObserver>(observer)));
        var plugin = TestPlugin.Create(Id, "1.0.0").WithCollection("seen").WithSource(Listener).WithPermissions(EventsSubscribe);
        await host.Manager.InstallFromDirectoryAsync(plugin.BuildToDirectory(Path.Combine(host.Work, "l")), default);

        await host.Bus.PublishAsync(Ping("first"));
        var denial = await observer.DeniedTask("receive events");
        await PluginPermissionEnforcementTests.Approvals(host).ApproveAsync(Id, [EventsSubscribe]);
        await host.Bus.PublishAsync(Ping("second"));

        await Eventually.GetAsync(() => host.Store.GetAsync($"p.{Id}.seen", "second", default).AsTask(), "the approved delivery");
        Assert.Null(await host.Store.GetAsync($"p.{Id}.seen", "first", default));
        Assert.Equal((EventsSubscribe, "not-approved"), (denial.Permission, denial.Reason));
        Assert.Equal("approved", Assert.Single(observer.Changes).Action);
    }

    private static CloudEvent Ping(string text) => CloudEvent.Create("test.ping", "/tests", null, DateTimeOffset.UnixEpoch, text, ContactCenterJson.CreateOptions());
}
