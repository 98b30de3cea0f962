using System.Text.Json;
using ContactCenter.Plugins.Channels.WhatsApp.Account;
using ContactCenter.Plugins.Channels.WhatsApp.Graph;
using ContactCenter.Plugins.Channels.WhatsApp.Plugin;
using ContactCenter.Plugins.Channels.WhatsApp.Threads;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Plugins.Channels.WhatsApp.Outbound;

/// <summary>
/// Sends a reply with files: every file is uploaded first (so a failed upload reaches the customer with nothing), then
/// each part goes out as its own message. Progress is kept per kernel message, so a retry uploads and sends only what is
/// missing; WhatsApp's ids are recorded for delivery statuses only once every part went out, so a half-sent reply
/// stays Failed.
/// </summary>
internal sealed class MediaSender(NumberBinding binding, GraphClient graph, IConversationService conversations, OutboundProgress outbound, MessageIdMap ids)
{
    public async ValueTask<DeliveryResult> SendAsync(AccountSettings account, string to, string conversationId, OutboundMessage message,
        IReadOnlyList<MediaPart> parts, CancellationToken cancellationToken)
    {
        var progress = await outbound.GetAsync(message.ClientMessageId, message.Attachments.Count, parts.Count, cancellationToken).ConfigureAwait(false);
        var mediaIds = progress.MediaIds.ToArray();
        var sentIds = progress.SentIds.ToArray();
        foreach (var part in parts.Where(p => p.File is not null && mediaIds[p.FileIndex] is null))
        {
            var (mediaId, refusal) = await UploadAsync(account, conversationId, part, cancellationToken).ConfigureAwait(false);
            if (refusal is not null)
            {
                return DeliveryResult.Refused(refusal);
            }

            mediaIds[part.FileIndex] = mediaId;
            await outbound.SaveAsync(message.ClientMessageId, new OutboundDocument(mediaIds, sentIds), cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < parts.Count; i++)
        {
            if (sentIds[i] is not null)
            {
                continue;
            }

            var part = parts[i];
            var mediaId = part.File is null ? null : mediaIds[part.FileIndex];
            var result = await graph.SendAsync(account, binding.PhoneNumberId, w => Write(w, to, part, mediaId), cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                return DeliveryResult.Refused(sentIds.Any(id => id is not null)
                    ? $"Solo se enviaron {sentIds.Count(id => id is not null)} de {parts.Count} partes / Only {sentIds.Count(id => id is not null)} of {parts.Count} parts were sent: {result.Error}"
                    : result.Error!);
            }

            sentIds[i] = result.Id;
            await outbound.SaveAsync(message.ClientMessageId, new OutboundDocument(mediaIds, sentIds), cancellationToken).ConfigureAwait(false);
        }

        foreach (var id in sentIds)
        {
            await ids.RememberSentAsync(id!, message.ClientMessageId, cancellationToken).ConfigureAwait(false);
        }

        return DeliveryResult.Ok(sentIds[0]);
    }

    private async ValueTask<(string? MediaId, string? Refusal)> UploadAsync(AccountSettings account, string conversationId, MediaPart part,
        CancellationToken cancellationToken)
    {
        var file = part.File!;
        byte[] content;
        var opened = await conversations.OpenAttachmentAsync(conversationId, file.Id, cancellationToken).ConfigureAwait(false);
        if (opened is null)
        {
            return (null, $"No se encontró el archivo {file.FileName}. / The file {file.FileName} was not found.");
        }

        await using (opened.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            await opened.Content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            content = buffer.ToArray();
        }

        var kind = MediaRules.ForContent(part.Kind!, content);
        if (content.Length > kind.MaxBytes)
        {
            return (null, MediaPlan.TooBig(file, kind.MaxBytes));
        }

        var result = await graph.UploadMediaAsync(account, binding.PhoneNumberId, content, MediaRules.Normalize(file.ContentType), file.FileName, cancellationToken)
            .ConfigureAwait(false);
        return result.Succeeded
            ? (result.Id, null)
            : (null, $"No se pudo subir {file.FileName} a WhatsApp; no se envió nada / {file.FileName} could not be uploaded to WhatsApp; nothing was sent. {result.Error}");
    }

    private static void Write(Utf8JsonWriter writer, string to, MediaPart part, string? mediaId)
    {
        writer.WriteStartObject();
        writer.WriteString("messaging_product", "whatsapp");
        writer.WriteString("recipient_type", "individual");
        writer.WriteString("to", to);
        if (part.File is null)
        {
            writer.WriteString("type", "text");
            writer.WriteStartObject("text");
            writer.WriteBoolean("preview_url", false);
            writer.WriteString("body", part.Text);
            writer.WriteEndObject();
        }
        else
        {
            var type = part.Kind!.Type;
            writer.WriteString("type", type);
            writer.WriteStartObject(type);
            writer.WriteString("id", mediaId);
            if (part.Text is not null)
            {
                writer.WriteString("caption", part.Text);
            }

            if (type == "document")
            {
                writer.WriteString("filename", part.File.FileName);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
