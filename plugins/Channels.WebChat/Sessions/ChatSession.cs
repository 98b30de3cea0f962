using System.Net.WebSockets;
using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>
/// One connected widget. Sends are serialized; messages are pushed by pulling from the kernel after the last sequence
/// sent, so a push triggered twice (own write, bus event, reconnect) sends each message once and in order.
/// </summary>
internal sealed class ChatSession(WebSocket socket, string lang) : IDisposable
{
    private readonly SemaphoreSlim _send = new(1, 1);

    public string Lang { get; set; } = lang;

    public string? Key { get; set; }

    public SessionDocument? Document { get; set; }

    /// <summary>The verified identity of a signed-in visitor, or <see langword="null"/> for a guest.</summary>
    public VisitorIdentity? Identity { get; set; }

    /// <summary>The conversation the widget follows, once there is one.</summary>
    public string? ConversationId { get; private set; }

    public RateLimiter? Messages { get; set; }

    /// <summary>The prefix of the source message ids this session writes, to tell the widget which messages are its own.</summary>
    public string SourcePrefix => Key is null ? "" : Key[..16] + ".";

    public long LastSent { get; private set; }

    public bool IsOpen => socket.State == WebSocketState.Open;

    public async ValueTask SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _send.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await SendUnlockedAsync(frame, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Sends the conversation's messages after the last one sent; returns those sent.</summary>
    public async ValueTask<IReadOnlyList<ConversationMessage>> PushAsync(IConversationService conversations, string conversationId, CancellationToken cancellationToken)
    {
        await _send.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var messages = await conversations.GetMessagesAsync(conversationId, LastSent, cancellationToken).ConfigureAwait(false);
            foreach (var message in messages)
            {
                var own = message.Kind == MessageKind.Incoming && message.SourceMessageId is { } source && source.StartsWith(SourcePrefix, StringComparison.Ordinal)
                    ? source[SourcePrefix.Length..]
                    : null;
                await SendUnlockedAsync(ServerFrames.Message(message, own, Lang), cancellationToken).ConfigureAwait(false);
                LastSent = message.Sequence;
            }

            return messages;
        }
        finally
        {
            _send.Release();
        }
    }

    /// <summary>Starts following a (new) conversation after the given sequence.</summary>
    public void Follow(string conversationId, long afterSequence)
    {
        ConversationId = conversationId;
        LastSent = afterSequence;
    }

    public void Dispose() => _send.Dispose();

    private async ValueTask SendUnlockedAsync(byte[] frame, CancellationToken cancellationToken)
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
    }
}
