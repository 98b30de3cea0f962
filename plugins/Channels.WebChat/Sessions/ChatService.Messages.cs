using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>The visitor's messages, typing and read receipts.</summary>
internal sealed partial class ChatService
{
    /// <summary>The event a widget's typing raises on the bus (ids only), for agent desktops.</summary>
    public const string VisitorTypingEvent = "cc.webchat.visitor-typing";

    public async ValueTask<FrameError?> MessageAsync(ChatSession session, ClientFrame frame, CancellationToken cancellationToken)
    {
        if (session.Document is not { } document)
        {
            return new FrameError(FrameErrors.HelloRequired);
        }

        if (session.Messages is { } limiter && !limiter.TryTake())
        {
            return new FrameError(FrameErrors.RateLimited);
        }

        IngestResult result;
        try
        {
            var inbox = await inboxes.OpenAsync(document.Inbox, cancellationToken).ConfigureAwait(false);
            result = await conversations.IngestAsync(new InboundMessage
            {
                InboxId = inbox.Id,
                SourceConversationId = document.Thread,
                SourceMessageId = session.SourcePrefix + frame.Id,
                Text = frame.Text!,
                CustomerName = frame.Name ?? session.Identity?.Name,
                CustomerEmail = session.Identity is { Email.Length: > 0 } identity ? identity.Email : frame.Email,
                CustomerVerified = session.Identity is { Email.Length: > 0 },
                Subject = frame.Topic is { } topic ? $"Web chat: {topic}" : "Web chat",
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidRequestException ex)
        {
            return new FrameError(FrameErrors.Invalid, ex.Errors.Keys.FirstOrDefault());
        }
        catch (EntityNotFoundException)
        {
            return new FrameError(FrameErrors.Unavailable);
        }

        if (document.ConversationId != result.Conversation.Id)
        {
            session.Document = document with { ConversationId = result.Conversation.Id };
            await _sessions.UpsertAsync(session.Key!, session.Document, cancellationToken).ConfigureAwait(false);
        }

        var ack = ServerFrames.Ack(frame.Id!, result.Conversation.Id, result.Message.Sequence, result.Duplicate);
        await session.SendAsync(ack, cancellationToken).ConfigureAwait(false);
        await FollowAsync(session, result.Conversation, session.ConversationId == result.Conversation.Id ? session.LastSent : 0, cancellationToken).ConfigureAwait(false);
        return null;
    }

    public async ValueTask<FrameError?> TypingAsync(ChatSession session, ClientFrame frame, IEventBus events, JsonSerializerOptions json, CancellationToken cancellationToken)
    {
        if (session.Document is null)
        {
            return new FrameError(FrameErrors.HelloRequired);
        }

        if (session.ConversationId is { } conversationId)
        {
            var data = new Dictionary<string, object> { ["conversationId"] = conversationId, ["active"] = frame.Active };
            await events.PublishAsync(CloudEvent.Create(VisitorTypingEvent, "/plugins/cc.channels.webchat", conversationId, clock.UtcNow, data, json), cancellationToken)
                .ConfigureAwait(false);
        }

        return null;
    }

    public async ValueTask<FrameError?> ReadAsync(ChatSession session, ClientFrame frame, CancellationToken cancellationToken)
    {
        if (session.Document is null)
        {
            return new FrameError(FrameErrors.HelloRequired);
        }

        if (session.ConversationId is not { } conversationId || frame.Seq > session.LastSent)
        {
            return new FrameError(FrameErrors.Invalid, "seq");
        }

        try
        {
            // Message ids are {conversationId}.{sequence} (SDK contract); only agent replies move to Read.
            var messages = await conversations.GetMessagesAsync(conversationId, frame.Seq - 1, cancellationToken).ConfigureAwait(false);
            if (messages.Count > 0 && messages[0] is { Kind: MessageKind.Outgoing } read && read.Sequence == frame.Seq)
            {
                await conversations.UpdateStatusAsync(read.Id, DeliveryStatus.Read, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (EntityNotFoundException)
        {
            return new FrameError(FrameErrors.Invalid, "seq");
        }

        return null;
    }
}
