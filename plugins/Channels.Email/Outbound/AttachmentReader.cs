using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Plugins.Channels.Email.Outbound;

/// <summary>
/// Reads an agent's files for a reply, refusing the reply (with a reason an agent can act on) when together they are
/// larger than <see cref="EmailOptions.MaxAttachmentBytes"/> — checked on the declared sizes before anything is read
/// and again on the bytes actually read.
/// </summary>
internal sealed class AttachmentReader(IConversationService conversations, EmailOptions options)
{
    public async ValueTask<(IReadOnlyList<MailAttachment>? Files, string? Refusal)> ReadAsync(string conversationId, IReadOnlyList<MessageAttachment> attachments,
        CancellationToken cancellationToken)
    {
        if (attachments.Sum(a => a.Length) > options.MaxAttachmentBytes)
        {
            return (null, TooBig(attachments.Sum(a => a.Length)));
        }

        var files = new List<MailAttachment>(attachments.Count);
        long total = 0;
        foreach (var attachment in attachments)
        {
            var opened = await conversations.OpenAttachmentAsync(conversationId, attachment.Id, cancellationToken).ConfigureAwait(false);
            if (opened is null)
            {
                return (null, $"No se encontró el archivo {attachment.FileName}. / The file {attachment.FileName} was not found.");
            }

            await using (opened.ConfigureAwait(false))
            {
                using var buffer = new MemoryStream();
                await opened.Content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                total += buffer.Length;
                if (total > options.MaxAttachmentBytes)
                {
                    return (null, TooBig(total));
                }

                files.Add(new MailAttachment(opened.Attachment.FileName, opened.Attachment.ContentType, buffer.ToArray()));
            }
        }

        return (files, null);
    }

    private string TooBig(long total) =>
        $"Los archivos suman {total} bytes; el correo admite como máximo {options.MaxAttachmentBytes} bytes por mensaje. / "
        + $"The files add up to {total} bytes; email takes at most {options.MaxAttachmentBytes} bytes per message.";
}
