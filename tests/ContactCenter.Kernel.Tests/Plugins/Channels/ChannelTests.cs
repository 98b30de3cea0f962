using ContactCenter.Kernel.Tests.Plugins.Support;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Kernel.Tests.Plugins.Channels;

public sealed class ChannelTests
{
    private const string Chat = """
        public sealed record Seen(string State, int Leg);

        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context)
            {
                services.AddSingleton<IChannel>(sp => new Chat("chat", sp.GetRequiredService<IPluginStore>()));
                services.AddSingleton<IChannel>(sp => new Chat("sms", sp.GetRequiredService<IPluginStore>()));
            }
        }

        public sealed class Chat(string name, IPluginStore store) : IChannel
        {
            public string Name => name;

            public ChannelKind Kind => ChannelKind.Chat;

            public async ValueTask OnInteractionChangedAsync(InteractionTransitioned change, CancellationToken ct) =>
                await store.Collection<Seen>("seen").UpsertAsync($"{name}-{change.InteractionId}", new Seen(change.To.ToString(), change.Leg), ct);

            public ValueTask<DeliveryResult> SendAsync(OutboundMessage message, CancellationToken ct) =>
                message.Text == "boom"
                    ? throw new InvalidOperationException("carrier down")
                    : ValueTask.FromResult(DeliveryResult.Ok($"{name}:{message.ClientMessageId}"));
        }
        """;

    [Fact]
    public async Task InteractionTransitioned_ForAChannelOfAPlugin_IsDeliveredToThatChannelOnly()
    {
        await using var host = await InstallChatAsync();

        await host.Bus.PublishAsync(Transition("i-1", "cc.test.chat", "chat", InteractionState.Queued));
        await host.Bus.PublishAsync(Transition("i-2", "cc.test.nobody", "chat", InteractionState.Queued));

        var seen = await Eventually.GetAsync(() => host.Store.GetAsync("p.cc.test.chat.seen", "chat-i-1", default).AsTask(), "the notification");
        Assert.Contains("\"state\":\"Queued\"", seen.Json, StringComparison.Ordinal);
        Assert.Null(await host.Store.GetAsync("p.cc.test.chat.seen", "sms-i-1", default));
        Assert.Null(await host.Store.GetAsync("p.cc.test.chat.seen", "chat-i-2", default));
    }

    [Fact]
    public async Task SendAsync_ToAPluginChannel_ReturnsTheChannelsAnswer()
    {
        await using var host = await InstallChatAsync();

        var sms = await host.Channels.SendAsync("cc.test.chat", "sms", Message("m-1", "hola"), default);
        var failed = await host.Channels.SendAsync("cc.test.chat", "chat", Message("m-2", "boom"), default);
        var unknown = await host.Channels.SendAsync("cc.test.chat", "fax", Message("m-3", "hola"), default);
        var noPlugin = await host.Channels.SendAsync("cc.test.none", null, Message("m-4", "hola"), default);

        Assert.Equal(DeliveryResult.Ok("sms:m-1"), sms);
        Assert.False(failed.Accepted);
        Assert.Contains("carrier down", failed.Error, StringComparison.Ordinal);
        Assert.False(unknown.Accepted);
        Assert.Contains("no channel named 'fax'", unknown.Error, StringComparison.Ordinal);
        Assert.False(noPlugin.Accepted);
        Assert.Equal(PluginState.Active, host.Manager.Get("cc.test.chat")!.State);
    }

    private static async Task<PluginTestHost> InstallChatAsync()
    {
        var host = await PluginTestHost.StartAsync();
        var info = await host.Manager.InstallFromDirectoryAsync(TestPlugin.Create("cc.test.chat", "1.0.0").WithKinds(PluginKinds.Channel).WithSource(Chat).BuildToDirectory(Path.Combine(host.Work, "chat")), default);
        Assert.Equal(PluginState.Active, info.State);
        return host;
    }

    private static OutboundMessage Message(string id, string text) => new() { InteractionId = "i-1", ClientMessageId = id, Text = text };

    private static CloudEvent Transition(string id, string pluginId, string channel, InteractionState to)
    {
        var interaction = new Interaction
        {
            Id = id,
            Channel = ChannelKind.Chat,
            Direction = Direction.Inbound,
            State = to,
            Version = 2,
            ChannelPluginId = pluginId,
            ChannelName = channel,
            CreatedAt = DateTimeOffset.UnixEpoch,
            StateChangedAt = DateTimeOffset.UnixEpoch,
        };
        var data = new InteractionTransitioned { InteractionId = id, From = InteractionState.Created, To = to, At = DateTimeOffset.UnixEpoch, Version = 2, Channel = ChannelKind.Chat, Interaction = interaction };
        return CloudEvent.Create(EventTypes.InteractionTransitioned, "/kernel/interactions", id, DateTimeOffset.UnixEpoch, data, KernelJson.Options);
    }
}
