using ContactCenter.Plugins.Channels.WebChat.Identity;
using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>
/// What a widget's frames do: <c>hello</c> starts or resumes a session (and replays what the widget missed),
/// <c>message</c> ingests the visitor's text idempotently, <c>typing</c> and <c>read</c> are relayed.
/// </summary>
internal sealed partial class ChatService(
    InboxDirectory inboxes,
    IConversationService conversations,
    IPluginStore store,
    IdentitySecretStore secrets,
    SessionRegistry registry,
    MessagePusher pusher,
    IClock clock,
    ILogger<ChatService> logger)
{
    private readonly IDocumentCollection<SessionDocument> _sessions = store.Collection<SessionDocument>("sessions");

    public async ValueTask<FrameError?> HelloAsync(ChatSession session, ClientFrame hello, CancellationToken cancellationToken)
    {
        if (session.Document is not null)
        {
            return new FrameError(FrameErrors.Invalid, "type");
        }

        if (!inboxes.IsConfigured(hello.Inbox!))
        {
            return new FrameError(FrameErrors.UnknownInbox, "inbox");
        }

        var verified = hello.Identity is { } identity && VisitorSignature.IsValid(await secrets.GetAsync(cancellationToken).ConfigureAwait(false), identity, clock.UtcNow);
        var resumed = hello.Session is { } token ? await _sessions.GetAsync(SessionTokens.Key(token), cancellationToken).ConfigureAwait(false) : null;
        string sessionToken;
        if (resumed is not null && resumed.Value.Inbox == hello.Inbox && (!verified || resumed.Value.Thread == SessionTokens.VisitorThread(hello.Identity!.VisitorId)))
        {
            sessionToken = hello.Session!;
            session.Key = resumed.Id;
            session.Document = resumed.Value;
        }
        else
        {
            sessionToken = SessionTokens.Create();
            session.Key = SessionTokens.Key(sessionToken);
            var thread = verified ? SessionTokens.VisitorThread(hello.Identity!.VisitorId) : SessionTokens.GuestThread(session.Key);
            session.Document = (await _sessions.InsertAsync(session.Key, new SessionDocument(hello.Inbox!, thread, null, verified, clock.UtcNow), cancellationToken)
                .ConfigureAwait(false)).Value;
        }

        session.Lang = hello.Lang;
        session.Identity = verified ? hello.Identity : null;
        await session.SendAsync(ServerFrames.Welcome(sessionToken, session.Document.ConversationId, verified, session.Lang), cancellationToken).ConfigureAwait(false);
        if (hello.Identity is not null && !verified)
        {
            LogIdentityRefused(hello.Inbox!);
            await session.SendAsync(ServerFrames.Error(new FrameError(FrameErrors.IdentityInvalid, "identity"), session.Lang), cancellationToken).ConfigureAwait(false);
        }

        if (session.Document.ConversationId is { } conversationId && await conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } conversation)
        {
            await FollowAsync(session, conversation, hello.ConversationId == conversationId ? Math.Min(hello.Seq, conversation.LastSequence) : 0, cancellationToken)
                .ConfigureAwait(false);
        }

        return null;
    }

    public void Leave(ChatSession session)
    {
        if (session.ConversationId is { } conversationId)
        {
            registry.Unfollow(session, conversationId);
        }
    }

    private async ValueTask FollowAsync(ChatSession session, Conversation conversation, long afterSequence, CancellationToken cancellationToken)
    {
        if (session.ConversationId is { } previous && previous != conversation.Id)
        {
            registry.Unfollow(session, previous);
        }

        if (session.ConversationId != conversation.Id)
        {
            session.Follow(conversation.Id, afterSequence);
            registry.Follow(session, conversation.Id, conversation.InteractionId);
        }

        await pusher.PushAsync(session, conversation.Id, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 8702, Level = LogLevel.Warning, Message = "A visitor identity on inbox {Inbox} failed the HMAC check (bad or expired signature); continuing as a guest")]
    private partial void LogIdentityRefused(string inbox);
}
