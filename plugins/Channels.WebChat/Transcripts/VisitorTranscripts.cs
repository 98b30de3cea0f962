using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Files;
using ContactCenter.Plugins.Channels.WebChat.Plugin;
using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Plugins.Channels.WebChat.Sessions;
using ContactCenter.Sdk.Audit;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Http;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Logging;
using Scriban.Syntax;

namespace ContactCenter.Plugins.Channels.WebChat.Transcripts;

/// <summary>
/// <c>POST /webchat/transcript?lang=es</c> with <c>{"conversationId","email"}</c>, authorised by the widget's session
/// token (<c>X-WebChat-Session</c>): mails the session's conversation (open or ended) as the visitor saw it, at most
/// <see cref="TranscriptOptions.MaxPerConversation"/> times per conversation. Every refusal is problem+json with a
/// bilingual <c>message</c> and sends nothing; each send is audited (<c>webchat.transcript.emailed</c>, the recipient's
/// domain only) and added to the conversation as a bilingual activity (<c>Transcript emailed to …</c>).
/// </summary>
internal sealed partial class VisitorTranscripts(
    WebChatOptions options,
    IConversationService conversations,
    IPluginStore store,
    TranscriptQuota quota,
    TranscriptMailer mailer,
    IAuditTrail audit,
    IClock clock,
    ILogger<VisitorTranscripts> logger)
{
    public const string Path = "/transcript";
    private const int MaxBodyBytes = 4096;
    private const string Title = "Transcript refused";

    private readonly IDocumentCollection<SessionDocument> _sessions = store.Collection<SessionDocument>("sessions");

    public async ValueTask HandleAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        if (context.Method == "OPTIONS")
        {
            await CrossOrigin.PreflightAsync(context, options, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!CrossOrigin.Apply(context, options))
        {
            await context.Response.WriteProblemAsync(403, "Origin not allowed", "This site may not use the web chat.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var lang = context.GetQuery("lang") == "en" ? "en" : "es";
        if (context.Method != "POST")
        {
            await context.Response.WriteProblemAsync(405, "Method not allowed", "POST the transcript request.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await SessionAsync(context, cancellationToken).ConfigureAwait(false) is not { } document)
        {
            await RefuseAsync(context, 401, FrameErrors.SessionRequired, $"Send the widget's session token in {CrossOrigin.SessionHeader}.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await ReadRequestAsync(context, cancellationToken).ConfigureAwait(false) is not var (conversationId, email))
        {
            await RefuseAsync(context, 400, FrameErrors.Invalid, "Send {\"conversationId\": \"...\", \"email\": \"...\"} as JSON.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Another session's conversation is answered exactly like a missing one: the token proves nothing about it.
        var conversation = document.ConversationId == conversationId ? await conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) : null;
        if (conversation is null || options.FindInbox(document.Inbox) is not { } inbox)
        {
            await RefuseAsync(context, 404, FrameErrors.ConversationNotFound, "No such conversation in the session.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!options.Transcript.IsConfigured)
        {
            await RefuseAsync(context, 503, FrameErrors.TranscriptUnavailable, "No SMTP server is configured (transcript.smtp.host, transcript.fromAddress).", lang, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        if (email is null || !EmailAddress.IsValid(email))
        {
            await RefuseAsync(context, 400, FrameErrors.EmailInvalid, "Field 'email': one address, local@domain.tld, at most 254 characters.", lang, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        var max = options.Transcript.MaxPerConversation;
        if (await quota.TryTakeAsync(conversationId, max, clock.UtcNow, cancellationToken).ConfigureAwait(false) is not { } remaining)
        {
            await RefuseAsync(context, 429, FrameErrors.TranscriptLimit, $"At most {max} transcripts per conversation.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        var target = $"conversations/{conversationId}";
        var detail = $"recipient domain {email[(email.IndexOf('@', StringComparison.Ordinal) + 1)..]}; {max - remaining} of {max}";
        bool sent;
        try
        {
            var messages = await conversations.GetMessagesAsync(conversationId, 0, cancellationToken).ConfigureAwait(false);
            var transcript = TranscriptRenderer.Render(inbox.Transcript, lang, conversation, messages, inbox.TimeZone, options.Transcript.AgentNames);
            sent = await mailer.SendAsync(email, transcript, cancellationToken).ConfigureAwait(false);
        }
        catch (ScriptRuntimeException ex)
        {
            LogTemplateFailed(document.Inbox, ex.GetType().Name);
            sent = false;
        }
        catch
        {
            await quota.GiveBackAsync(conversationId, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        if (!sent)
        {
            await quota.GiveBackAsync(conversationId, CancellationToken.None).ConfigureAwait(false);
            await audit.RecordAsync(new AuditTrailEntry("webchat.transcript.emailed", target) { Outcome = AuditTrailOutcome.Failure, Detail = detail, SourceIp = context.RemoteAddress?.ToString() },
                cancellationToken).ConfigureAwait(false);
            await RefuseAsync(context, 502, FrameErrors.TranscriptFailed, "The mail server did not accept the transcript.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        await audit.RecordAsync(new AuditTrailEntry("webchat.transcript.emailed", target) { Detail = detail, SourceIp = context.RemoteAddress?.ToString() }, cancellationToken)
            .ConfigureAwait(false);
        await ShowInConversationAsync(conversationId, email).ConfigureAwait(false);
        context.Response.SetHeader("Cache-Control", "no-store");
        await context.Response.WriteAsync(ServerFrames.Write(w =>
        {
            w.WriteString("type", "transcript-sent");
            w.WriteString("conversationId", conversationId);
            w.WriteString("email", email);
            w.WriteNumber("remaining", remaining);
        }), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The agent and the visitor see that a transcript went out, as an activity in each one's language. The mail is sent
    /// already: failing to record it is logged (8723) and the visitor still gets the success answer.
    /// </summary>
    private async ValueTask ShowInConversationAsync(string conversationId, string email)
    {
        try
        {
            await conversations.AddAutomaticAsync(new AutomaticMessage
            {
                ConversationId = conversationId, Key = $"webchat.transcript.{Guid.NewGuid():N}", Kind = MessageKind.Activity,
                Text = new LocalizedText($"Transcript emailed to {email}", $"Transcripción enviada por correo a {email}"),
            }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ContactCenterException ex)
        {
            LogNotShown(conversationId, ex.Message);
        }
    }

    private static async ValueTask<(string ConversationId, string? Email)?> ReadRequestAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        ReadOnlyMemory<byte> body;
        try
        {
            body = await context.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Sdk.Errors.RequestTooLargeException)
        {
            return null;
        }

        if (body.Length is 0 or > MaxBodyBytes)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 2 });
            var fields = new FrameFields(json.RootElement);
            return json.RootElement.ValueKind == JsonValueKind.Object && fields.String("conversationId") is { } id && FrameParser.IsToken(id, 100)
                ? (id, fields.String("email")?.Trim())
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async ValueTask<SessionDocument?> SessionAsync(IPluginHttpContext context, CancellationToken cancellationToken)
    {
        var token = context.GetHeader(CrossOrigin.SessionHeader);
        if (token is not { Length: 32 } || !token.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        return (await _sessions.GetAsync(SessionTokens.Key(token), cancellationToken).ConfigureAwait(false))?.Value;
    }

    private ValueTask RefuseAsync(IPluginHttpContext context, int status, string code, string detail, string lang, CancellationToken cancellationToken)
    {
        LogRefused(code, detail);
        return FileProblem.WriteAsync(context, Title, status, code, detail, lang, cancellationToken);
    }

    [LoggerMessage(EventId = 8721, Level = LogLevel.Information, Message = "Refused a web chat transcript request: {Code} ({Detail})")]
    private partial void LogRefused(string code, string detail);

    [LoggerMessage(EventId = 8723, Level = LogLevel.Warning, Message = "The transcript of conversation {ConversationId} was emailed but not added to it: {Reason}")]
    private partial void LogNotShown(string conversationId, string reason);

    [LoggerMessage(EventId = 8722, Level = LogLevel.Warning, Message = "The transcript template of inbox {Inbox} failed to render: {Kind}")]
    private partial void LogTemplateFailed(string inbox, string kind);
}
