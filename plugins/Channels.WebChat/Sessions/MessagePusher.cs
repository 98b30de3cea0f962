using ContactCenter.Sdk.Conversations;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>Pushes a conversation's new messages to a widget and records agent replies it received as delivered.</summary>
internal sealed partial class MessagePusher(IConversationService conversations, ILogger<MessagePusher> logger)
{
    public async ValueTask PushAsync(ChatSession session, string conversationId, CancellationToken cancellationToken)
    {
        if (!session.IsOpen)
        {
            return;
        }

        var sent = await session.PushAsync(conversations, conversationId, cancellationToken).ConfigureAwait(false);
        foreach (var message in sent.Where(m => m.Kind == MessageKind.Outgoing && m.Status is DeliveryStatus.Pending or DeliveryStatus.Sent))
        {
            await conversations.UpdateStatusAsync(message.Id, DeliveryStatus.Delivered, cancellationToken).ConfigureAwait(false);
        }

        if (sent.Count > 0)
        {
            LogPushed(sent.Count, conversationId);
        }
    }

    [LoggerMessage(EventId = 8701, Level = LogLevel.Debug, Message = "Pushed {Count} message(s) of conversation {ConversationId} to a widget")]
    private partial void LogPushed(int count, string conversationId);
}
