using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Plugins.Channels.WebChat.Tests.Support;

/// <summary>What the widget does on the wire: a WebSocket to /webchat/socket over the host's pinned HTTPS, frames in a queue.</summary>
internal sealed class WidgetSocket : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ClientWebSocket _socket;
    private readonly Channel<JsonElement> _frames = Channel.CreateUnbounded<JsonElement>();
    private readonly System.Collections.Concurrent.ConcurrentQueue<JsonElement> _seen = new();
    private readonly Task _reader;

    private WidgetSocket(ClientWebSocket socket)
    {
        _socket = socket;
        _reader = Task.Run(ReadAsync);
    }

    public static async Task<WidgetSocket> ConnectAsync(RunningHost host, string? origin = null)
    {
        var socket = new ClientWebSocket();
        var pin = host.CertificateSha256;
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is X509Certificate2 c && c.GetCertHashString(HashAlgorithmName.SHA256) == pin;
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        var uri = new UriBuilder(host.BaseAddress) { Scheme = "wss", Path = "/webchat/socket" }.Uri;
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(uri, timeout.Token);
        return new WidgetSocket(socket);
    }

    public Task SendAsync(string json) => SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text);

    public Task SendAsync(object frame) => SendAsync(JsonSerializer.Serialize(frame));

    public async Task SendAsync(byte[] payload, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(payload, type, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next frame of the given type; frames of other types before it are skipped.</summary>
    public async Task<JsonElement> NextAsync(string type, Func<JsonElement, bool>? match = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            JsonElement frame;
            try
            {
                frame = await _frames.Reader.ReadAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No '{type}' frame within {Patience.TotalSeconds} s.");
            }

            if (frame.GetProperty("type").GetString() == type && (match is null || match(frame)))
            {
                return frame;
            }
        }
    }

    /// <summary>A frame of the given type received at any time (consumed or not), waiting for it if need be.</summary>
    public async Task<JsonElement> SeenAsync(string type, Func<JsonElement, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            if (_seen.FirstOrDefault(f => f.GetProperty("type").GetString() == type && match(f)) is { ValueKind: JsonValueKind.Object } frame)
            {
                return frame;
            }

            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"No matching '{type}' frame within {Patience.TotalSeconds} s.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Hello for a new or resumed session; answers the welcome.</summary>
    public async Task<JsonElement> HelloAsync(string inbox, string? session = null, string? conversationId = null, long seq = 0, object? identity = null, string lang = "es")
    {
        await SendAsync(new { type = "hello", inbox, lang, session, conversationId, seq, identity });
        return await NextAsync("welcome");
    }

    public async Task CloseAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Patience);
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CloseAsync();
        }
        catch (WebSocketException)
        {
            // Already gone: nothing to close.
        }

        await _reader;
        _socket.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[256 * 1024];
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var count = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                    count += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                using var document = JsonDocument.Parse(buffer.AsMemory(0, count));
                var frame = document.RootElement.Clone();
                _seen.Enqueue(frame);
                await _frames.Writer.WriteAsync(frame);
            }
        }
        catch (WebSocketException)
        {
            // The socket dropped: tests waiting on frames time out with a message.
        }
        finally
        {
            _frames.Writer.TryComplete();
        }
    }
}
