using System.Net.Http.Headers;
using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Sdk.Http;

namespace ContactCenter.Plugins.Channels.WebChat.Files;

/// <summary>The visitor's download of a file in the session's conversation (its own or an agent's).</summary>
internal sealed partial class VisitorFiles
{
    private async ValueTask DownloadAsync(IPluginHttpContext context, string conversationId, string attachmentId, string lang, CancellationToken cancellationToken)
    {
        if (await SessionAsync(context, cancellationToken).ConfigureAwait(false) is not var (_, document))
        {
            await RefuseAsync(context, 401, FrameErrors.SessionRequired, $"Send the widget's session token in {CrossOrigin.SessionHeader}.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Another conversation's file is answered exactly like a missing one: the token proves nothing about it.
        var opened = document.ConversationId == conversationId
            ? await conversations.OpenAttachmentAsync(conversationId, attachmentId, cancellationToken).ConfigureAwait(false)
            : null;
        if (opened is null)
        {
            await RefuseAsync(context, 404, FrameErrors.FileNotFound, "No such file in the session's conversation.", lang, cancellationToken).ConfigureAwait(false);
            return;
        }

        await using (opened.ConfigureAwait(false))
        {
            var attachment = opened.Attachment;
            context.Response.ContentType = attachment.ContentType;
            context.Response.SetHeader("Content-Disposition", new ContentDispositionHeaderValue("attachment") { FileNameStar = attachment.FileName }.ToString());
            context.Response.SetHeader("X-Content-Type-Options", "nosniff");
            context.Response.SetHeader("Cache-Control", "no-store");
            context.Response.SetHeader("Content-Length", attachment.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var buffer = new byte[81920];
            int read;
            while ((read = await opened.Content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await context.Response.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
