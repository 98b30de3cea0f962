using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Http;

namespace ContactCenter.Plugins.Channels.WebChat.Files;

/// <summary>The visitor's upload: one file, raw body, idempotent per client id.</summary>
internal sealed partial class VisitorFiles
{
    private const int MaxFileNameLength = 255;

    private async ValueTask UploadAsync(IPluginHttpContext context, string lang, CancellationToken cancellationToken)
    {
        if (await SessionAsync(context, cancellationToken).ConfigureAwait(false) is not var (key, document))
        {
            await RefuseAsync(context, 401, FrameErrors.SessionRequired, $"Send the widget's session token in {CrossOrigin.SessionHeader}.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        var id = context.GetQuery("id");
        var name = context.GetQuery("name");
        if (id is null || !FrameParser.IsToken(id, 64))
        {
            await RefuseAsync(context, 400, Invalid, "Query 'id': 1 to 64 of A-Z, a-z, 0-9, '-' and '_'.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (name is { Length: > MaxFileNameLength })
        {
            await RefuseAsync(context, 400, Invalid, $"Query 'name': at most {MaxFileNameLength} characters.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!TryTakeUpload(key))
        {
            await RefuseAsync(context, 429, FrameErrors.RateLimited, $"At most {UploadsPerMinute} uploads a minute per session.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await ReadFileAsync(context, lang, cancellationToken).ConfigureAwait(false) is not { } content)
        {
            return;
        }

        if (document.ConversationId is not { } conversationId
            || await conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { Status: ConversationStatus.Open })
        {
            await RefuseAsync(context, 409, FrameErrors.ConversationClosed, "The session has no open conversation to attach the file to.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        IngestResult result;
        try
        {
            var inbox = await inboxes.OpenAsync(document.Inbox, cancellationToken).ConfigureAwait(false);
            result = await conversations.IngestAsync(new InboundMessage
            {
                InboxId = inbox.Id,
                SourceConversationId = document.Thread,
                SourceMessageId = key[..16] + "." + id,
                Text = string.Empty,
                Attachments = [new InboundAttachment { FileName = name, ContentType = context.ContentType ?? "application/octet-stream", Content = content }],
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidRequestException ex)
        {
            var detail = string.Join(" ", ex.Errors.Values.SelectMany(v => v));
            await RefuseAsync(context, 400, FrameErrors.FileRefused, detail, lang, cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (EntityNotFoundException)
        {
            await RefuseAsync(context, 503, FrameErrors.Unavailable, "The inbox is not available.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (result.Conversation.Id != conversationId)
        {
            // The conversation closed between the check and the write: the kernel started the next one, which the session now follows.
            await _sessions.UpsertAsync(key, document with { ConversationId = result.Conversation.Id }, cancellationToken).ConfigureAwait(false);
        }

        context.Response.SetHeader("Cache-Control", "no-store");
        await context.Response.WriteAsync(FileFrames.Uploaded(id, result), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the body within the configured limit; answers the refusal itself and returns null when it is not a usable file.</summary>
    private async ValueTask<ReadOnlyMemory<byte>?> ReadFileAsync(IPluginHttpContext context, string lang, CancellationToken cancellationToken)
    {
        var tooLarge = $"At most {options.MaxUploadBytes} bytes per file.";
        if (context.Headers.TryGetValue("Content-Length", out var lengths) && lengths.Length > 0 && long.TryParse(lengths[0], out var declared) && declared > options.MaxUploadBytes)
        {
            await RefuseAsync(context, 413, FrameErrors.FileTooLarge, tooLarge, lang, cancellationToken).ConfigureAwait(false);
            return null;
        }

        ReadOnlyMemory<byte> content;
        try
        {
            content = await context.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestTooLargeException)
        {
            await RefuseAsync(context, 413, FrameErrors.FileTooLarge, tooLarge, lang, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (content.Length > options.MaxUploadBytes)
        {
            await RefuseAsync(context, 413, FrameErrors.FileTooLarge, tooLarge, lang, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (content.IsEmpty)
        {
            await RefuseAsync(context, 400, FrameErrors.FileEmpty, "The file is empty.", lang, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return content;
    }
}
