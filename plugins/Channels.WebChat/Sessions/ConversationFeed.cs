using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>
/// Follows the kernel's bus for the widgets connected to this node: new messages of their conversations, queue
/// positions with estimated waits, and agents typing. Subscriptions are made through the plugin's bus, so they end
/// when the plugin unloads.
/// </summary>
internal sealed class ConversationFeed(IEventBus events, SessionRegistry registry, MessagePusher pusher, JsonSerializerOptions json) : IPluginBackgroundService
{
    /// <summary>The event an agent's typing raises (published by the plugin's API), relayed to the widgets.</summary>
    public const string AgentTypingEvent = "cc.webchat.agent-typing";

    private readonly List<IDisposable> _subscriptions = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscriptions.Add(events.Subscribe(EventTypes.ConversationMessageAdded, OnMessageAsync));
        _subscriptions.Add(events.Subscribe(EventTypes.QueueSnapshot, OnQueueAsync));
        _subscriptions.Add(events.Subscribe(AgentTypingEvent, OnTypingAsync));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }

        _subscriptions.Clear();
        return Task.CompletedTask;
    }

    private async ValueTask OnMessageAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<ConversationMessageAdded>(json) is { } added)
        {
            foreach (var session in registry.ForConversation(added.ConversationId))
            {
                await pusher.PushAsync(session, added.ConversationId, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask OnQueueAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<QueueSnapshot>(json) is not { } snapshot)
        {
            return;
        }

        foreach (var position in snapshot.Positions)
        {
            if (registry.ConversationOf(position.InteractionId) is { } conversationId)
            {
                var frame = ServerFrames.Queue(position.Position, position.EstimatedWait);
                foreach (var session in registry.ForConversation(conversationId))
                {
                    await session.SendAsync(frame, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async ValueTask OnTypingAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.Data is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("conversationId", out var id) && id.GetString() is { } conversationId
            && data.TryGetProperty("active", out var active) && active.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var frame = ServerFrames.Typing(active.GetBoolean());
            foreach (var session in registry.ForConversation(conversationId))
            {
                await session.SendAsync(frame, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
