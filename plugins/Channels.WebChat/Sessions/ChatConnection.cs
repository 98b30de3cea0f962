using System.Net.WebSockets;
using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Plugin;
using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>
/// One widget's WebSocket: frames are read within the size limit and the frame rate, parsed strictly and handed to the
/// <see cref="ChatService"/>; every refusal is an <c>error</c> frame and changes nothing, and the socket stays open.
/// </summary>
internal sealed partial class ChatConnection(WebChatOptions options, ChatService chat, IEventBus events, JsonSerializerOptions json, IClock clock, ILogger<ChatConnection> logger)
{
    /// <summary>Frames of any kind a widget may send per minute (typing included), with a burst allowance.</summary>
    private const int FramesPerMinute = 240;

    public async ValueTask RunAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        if (!options.IsOriginAllowed(context.GetHeader("Origin")))
        {
            await context.Response.WriteProblemAsync(403, "Origin not allowed", "This site may not open the web chat.", cancellationToken).ConfigureAwait(false);
            return;
        }

        using var socket = await context.AcceptWebSocketAsync().ConfigureAwait(false);
        var lang = context.GetQuery("lang") == "en" ? "en" : "es";
        using var session = new ChatSession(socket, lang) { Messages = new RateLimiter(clock, options.MessagesPerMinute, Math.Min(10, options.MessagesPerMinute)) };
        var frames = new RateLimiter(clock, FramesPerMinute, 40);
        var reader = new FrameReader(socket, options.MaxFrameBytes);
        try
        {
            while (socket.State == WebSocketState.Open && !cancellationToken.IsCancellationRequested)
            {
                var (kind, payload) = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                if (kind == FrameReader.Kind.Closed)
                {
                    break;
                }

                var error = !frames.TryTake() ? new FrameError(FrameErrors.RateLimited)
                    : kind == FrameReader.Kind.TooLarge ? new FrameError(FrameErrors.TooLarge)
                    : kind == FrameReader.Kind.Binary ? new FrameError(FrameErrors.Binary)
                    : await HandleAsync(session, payload, cancellationToken).ConfigureAwait(false);
                if (error is not null)
                {
                    LogRefused(error.Code, error.Field);
                    await session.SendAsync(ServerFrames.Error(error, session.Lang), cancellationToken).ConfigureAwait(false);
                }
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The visitor left (tab closed, network gone) or the plugin is unloading: the widget reconnects and resumes.
        }
        finally
        {
            chat.Leave(session);
        }
    }

    private async ValueTask<FrameError?> HandleAsync(ChatSession session, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        var (frame, error) = FrameParser.Parse(payload.Span);
        if (frame is null)
        {
            return error;
        }

        return frame.Type switch
        {
            ClientFrame.Hello => await chat.HelloAsync(session, frame, cancellationToken).ConfigureAwait(false),
            ClientFrame.Message => await chat.MessageAsync(session, frame, cancellationToken).ConfigureAwait(false),
            ClientFrame.Typing => await chat.TypingAsync(session, frame, events, json, cancellationToken).ConfigureAwait(false),
            _ => await chat.ReadAsync(session, frame, cancellationToken).ConfigureAwait(false),
        };
    }

    [LoggerMessage(EventId = 8703, Level = LogLevel.Information, Message = "Refused a web chat frame: {Code} (field {Field})")]
    private partial void LogRefused(string code, string? field);
}
