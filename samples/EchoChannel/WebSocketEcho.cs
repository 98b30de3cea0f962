using System.Net.WebSockets;
using System.Text;
using ContactCenter.Sdk.Http;

namespace ContactCenter.Samples.EchoChannel;

/// <summary>A WebSocket echo on the public path: every text frame comes back with the reply prefix.</summary>
internal static class WebSocketEcho
{
    private const int MaxMessageBytes = 16 * 1024;

    public static async ValueTask RunAsync(IPluginHttpContext context, string prefix, CancellationToken cancellationToken)
    {
        using var socket = await context.AcceptWebSocketAsync().ConfigureAwait(false);
        var buffer = new byte[MaxMessageBytes];
        while (socket.State == WebSocketState.Open && !cancellationToken.IsCancellationRequested)
        {
            var received = await ReceiveTextAsync(socket, buffer, cancellationToken).ConfigureAwait(false);
            if (received is null)
            {
                break;
            }

            var reply = Encoding.UTF8.GetBytes(prefix + received);
            await socket.SendAsync(reply, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async ValueTask<string?> ReceiveTextAsync(WebSocket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            count += result.Count;
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(buffer, 0, count);
            }

            if (count == buffer.Length)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, "message too big", cancellationToken).ConfigureAwait(false);
                return null;
            }
        }
    }
}
