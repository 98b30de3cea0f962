using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// Attachments: checked before anything is written, stored as encrypted blobs before their message is committed, and
/// removed again when the message is not (a refusal, a redelivery that lost the race, a failure), so a refused or
/// duplicate message leaves no bytes behind.
/// </summary>
internal sealed partial class ConversationService
{
    private const string BlobOwner = "kernel/conversations";

    public async ValueTask<AttachmentContent?> OpenAttachmentAsync(string? pluginId, string conversationId, string attachmentId,
        CancellationToken cancellationToken = default)
    {
        if (!IsId(conversationId) || !AttachmentIds.TryParse(attachmentId, out var sequence))
        {
            return null;
        }

        if (pluginId is not null && (await _conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } conversation
            || InboxIds.PluginOf(conversation.Value.InboxId) != pluginId))
        {
            return null;
        }

        var messageId = MessageDocument.Id(conversationId, sequence);
        var stored = await _messages.GetAsync(messageId, cancellationToken).ConfigureAwait(false);
        if (stored?.Value.Attachments?.FirstOrDefault(a => a.Id == attachmentId) is not { } attachment
            || (pluginId is not null && stored.Value.Kind == MessageKind.PrivateNote))
        {
            return null;
        }

        var content = await blobs.OpenReadAsync(attachment.BlobId, cancellationToken).ConfigureAwait(false);
        return new AttachmentContent(await DescribeAsync(messageId, attachment, cancellationToken).ConfigureAwait(false), content);
    }

    private async ValueTask<IReadOnlyList<AttachmentDraft>> StoreAttachmentsAsync(IReadOnlyList<InboundAttachment> attachments, CancellationToken cancellationToken)
    {
        var stored = new List<AttachmentDraft>(attachments.Count);
        try
        {
            foreach (var attachment in attachments)
            {
                var type = AttachmentRules.Normalize(attachment.ContentType);
                using var content = new MemoryStream(attachment.Content.ToArray(), writable: false);
                var blob = await blobs.PutAsync(content, BlobOwner, cancellationToken).ConfigureAwait(false);
                stored.Add(new AttachmentDraft(blob.Id, AttachmentRules.SanitizeFileName(attachment.FileName, type), type, blob.Length));
            }

            return stored;
        }
        catch
        {
            await DeleteBlobsAsync(stored).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Removes the blobs of a message that was not committed, unless the message under its source key holds them.</summary>
    private async ValueTask ReleaseUnlessCommittedAsync(IReadOnlyList<AttachmentDraft>? drafts, string sourceKey)
    {
        if (drafts is not { Count: > 0 })
        {
            return;
        }

        var committed = await FindBySourceKeyAsync(sourceKey, CancellationToken.None).ConfigureAwait(false);
        if (committed?.Value.Attachments is { } kept && drafts.All(d => kept.Any(k => k.BlobId == d.BlobId)))
        {
            return;
        }

        await DeleteBlobsAsync(drafts).ConfigureAwait(false);
    }

    private async ValueTask DeleteBlobsAsync(IEnumerable<AttachmentDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            // Not cancellable: this is the clean-up of a write that did not happen.
            await blobs.DeleteAsync(draft.BlobId, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async ValueTask<IReadOnlyList<MessageAttachment>> OpenAttachmentsAsync(string messageId, MessageDocument document, CancellationToken cancellationToken)
    {
        if (document.Attachments is not { Count: > 0 } attachments)
        {
            return [];
        }

        var result = new MessageAttachment[attachments.Count];
        for (var i = 0; i < attachments.Count; i++)
        {
            result[i] = await DescribeAsync(messageId, attachments[i], cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async ValueTask<MessageAttachment> DescribeAsync(string messageId, AttachmentDocument attachment, CancellationToken cancellationToken) =>
        new(attachment.Id, await protector.UnprotectStringAsync(attachment.FileName, AttachmentDocument.FileNameContext(messageId, attachment.Id), cancellationToken)
            .ConfigureAwait(false), attachment.ContentType, attachment.Length);
}
