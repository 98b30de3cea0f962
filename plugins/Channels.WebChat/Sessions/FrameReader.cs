using System.Net.WebSockets;

namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>
/// Reads one WebSocket message of at most the configured size. A larger one is read to its end and dropped, so the
/// connection stays usable and nothing of it is acted on.
/// </summary>
internal sealed class FrameReader(WebSocket socket, int maxBytes)
{
    private readonly byte[] _buffer = new byte[maxBytes];

    public enum Kind
    {
        Text,
        Binary,
        TooLarge,
        Closed,
    }

    public async ValueTask<(Kind Kind, ReadOnlyMemory<byte> Payload)> ReadAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        var tooLarge = false;
        var scratch = new byte[4096];
        while (true)
        {
            var target = tooLarge ? scratch : _buffer.AsMemory(count);
            if (target.Length == 0)
            {
                tooLarge = true;
                continue;
            }

            var result = await socket.ReceiveAsync(target, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (Kind.Closed, default);
            }

            if (!tooLarge)
            {
                count += result.Count;
            }

            if (!result.EndOfMessage)
            {
                continue;
            }

            return tooLarge ? (Kind.TooLarge, default)
                : result.MessageType == WebSocketMessageType.Binary ? (Kind.Binary, default)
                : (Kind.Text, _buffer.AsMemory(0, count));
        }
    }
}
