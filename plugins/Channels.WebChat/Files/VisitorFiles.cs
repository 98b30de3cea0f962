using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.WebChat.Plugin;
using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Plugins.Channels.WebChat.Sessions;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.WebChat.Files;

/// <summary>
/// Files over HTTP under the public path, authorised by the widget's session token only (header
/// <c>X-WebChat-Session</c>): <c>POST /webchat/upload</c> attaches a file to the session's open conversation,
/// <c>GET /webchat/files/{conversationId}/{attachmentId}</c> downloads one of its files (the visitor's or an agent's).
/// The kernel checks and stores the bytes (type allow-list, size per type, encrypted at rest); every refusal is
/// problem+json with a bilingual <c>message</c> and stores nothing.
/// </summary>
internal sealed partial class VisitorFiles(
    WebChatOptions options,
    InboxDirectory inboxes,
    IConversationService conversations,
    IPluginStore store,
    IClock clock,
    ILogger<VisitorFiles> logger)
{
    /// <summary>Uploads a session may make per minute (with a burst of 5): each may be megabytes.</summary>
    private const int UploadsPerMinute = 10;

    /// <summary>Sessions whose upload allowance is remembered; beyond it the memory is reset (the limit is a brake, not a quota).</summary>
    private const int MaxTrackedSessions = 10_000;

    private readonly IDocumentCollection<SessionDocument> _sessions = store.Collection<SessionDocument>("sessions");
    private readonly ConcurrentDictionary<string, RateLimiter> _uploads = new(StringComparer.Ordinal);

    public ValueTask HandleAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        if (context.Method == "OPTIONS")
        {
            return CrossOrigin.PreflightAsync(context, options, cancellationToken);
        }

        if (!CrossOrigin.Apply(context, options))
        {
            return context.Response.WriteProblemAsync(403, "Origin not allowed", "This site may not use the web chat.", cancellationToken);
        }

        var lang = context.GetQuery("lang") == "en" ? "en" : "es";
        return (context.Method, context.Path) switch
        {
            ("POST", "/upload") => UploadAsync(context, lang, cancellationToken),
            ("GET", var path) when FilePath(path) is { } file => DownloadAsync(context, file.ConversationId, file.AttachmentId, lang, cancellationToken),
            _ => context.Response.WriteProblemAsync(405, "Method not allowed", $"The web chat does not accept {context.Method} {context.Path}.", cancellationToken),
        };
    }

    /// <summary>Whether the path is one of the file routes (any method: preflights included).</summary>
    public static bool IsFileRoute(string path) => path == "/upload" || FilePath(path) is not null;

    private static (string ConversationId, string AttachmentId)? FilePath(string path) =>
        path.Split('/') is ["", "files", { Length: > 0 and <= 200 } conversationId, { Length: > 0 and <= 100 } attachmentId] ? (conversationId, attachmentId) : null;

    /// <summary>The session of the token in the request header, or <see langword="null"/> when there is none.</summary>
    private async ValueTask<(string Key, SessionDocument Document)?> SessionAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        var token = context.GetHeader(CrossOrigin.SessionHeader);
        if (token is not { Length: 32 } || !token.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var key = SessionTokens.Key(token);
        return await _sessions.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } found ? (key, found.Value) : null;
    }

    private bool TryTakeUpload(string sessionKey)
    {
        if (_uploads.Count > MaxTrackedSessions)
        {
            _uploads.Clear();
        }

        return _uploads.GetOrAdd(sessionKey, _ => new RateLimiter(clock, UploadsPerMinute, 5)).TryTake();
    }

    [LoggerMessage(EventId = 8710, Level = LogLevel.Information, Message = "Refused a web chat file request: {Code} ({Detail})")]
    private partial void LogRefused(string code, string detail);

    private ValueTask RefuseAsync(IPluginHttpContext context, int status, string code, string detail, string lang, CancellationToken cancellationToken)
    {
        LogRefused(code, detail);
        return FileProblem.WriteAsync(context, status, code, detail, lang, cancellationToken);
    }

    private static string Invalid => FrameErrors.Invalid;
}
