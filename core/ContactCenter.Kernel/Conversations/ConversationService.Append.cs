using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Conversations;

/// <summary>Appending: the next sequence, the conversation at the version read, the sealed message and its event, in one batch.</summary>
internal sealed partial class ConversationService
{
    private ValueTask<(Conversation Conversation, ConversationMessage Message)> AppendAsync(Versioned<ConversationDocument> current, Draft draft,
        Func<ConversationDocument, ConversationDocument> change, CancellationToken cancellationToken) =>
        CommitAppendAsync(new WriteBatch(), current.Id, current.Value, draft, current.Version, change, cancellationToken);

    /// <summary>The id of a source id's claim among the conversation keys (thread keys are never prefixed like this).</summary>
    private static string SourceClaimId(string sourceKey) => $"source:{sourceKey}";

    /// <summary>Appends <paramref name="draft"/>; inserts the conversation when <paramref name="expectedVersion"/> is null (a new one).</summary>
    private async ValueTask<(Conversation Conversation, ConversationMessage Message)> CommitAppendAsync(WriteBatch batch, string conversationId,
        ConversationDocument document, Draft draft, long? expectedVersion, Func<ConversationDocument, ConversationDocument> change,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sequence = document.LastSequence + 1;
        var next = change(document) with { LastSequence = sequence, UpdatedAt = now };
        if (expectedVersion is { } version)
        {
            batch.Replace(Conversations, conversationId, _conversations.Serialize(next), version);
        }
        else
        {
            batch.Insert(Conversations, conversationId, _conversations.Serialize(next));
        }

        var messageId = MessageDocument.Id(conversationId, sequence);
        var attachments = (draft.Attachments ?? []).Select((a, i) =>
        {
            var id = AttachmentIds.For(sequence, i + 1);
            return new AttachmentDocument(id, a.BlobId, protector.ProtectString(a.FileName, AttachmentDocument.FileNameContext(messageId, id)), a.ContentType, a.Length);
        }).ToArray();
        var stored = new MessageDocument
        {
            ConversationId = conversationId,
            Sequence = sequence,
            Kind = draft.Kind,
            Text = protector.ProtectString(draft.Text, MessageDocument.TextContext(messageId)),
            Source = draft.Source is null ? null : protector.ProtectString(draft.Source, MessageDocument.SourceContext(messageId)),
            SourceKey = draft.SourceKey,
            AgentId = draft.AgentId,
            SupervisorId = draft.SupervisorId,
            Status = draft.Status,
            CreatedAt = now,
            Automatic = draft.Automatic,
            TextEs = draft.TextEs is null ? null : protector.ProtectString(draft.TextEs, MessageDocument.TextEsContext(messageId)),
            StatusChangedAt = now,
            Attachments = attachments.Length == 0 ? null : attachments,
        };
        batch.Insert(Messages, messageId, _messages.Serialize(stored));
        if (draft.SourceKey is { } sourceKey)
        {
            // The claim of the source id, in the same batch: the index on the messages' source key is not unique, so
            // two deliveries of one message racing past the "seen it?" lookup could both be stored (one starting the
            // conversation, the other appending to it). Inserting the claim makes the second batch conflict; its retry
            // then finds the first message and answers it as a duplicate.
            batch.Insert(KernelCollections.ConversationKeys.Name, SourceClaimId(sourceKey), _keys.Serialize(new ConversationKeyDocument(conversationId, 0)));
        }
        var added = new ConversationMessageAdded(conversationId, next.InteractionId, messageId, sequence, draft.Kind, next.AgentId, now)
        {
            AttachmentIds = [.. attachments.Select(a => a.Id)],
        };
        await events.CommitAsync(batch, conversationId, EventTypes.ConversationMessageAdded, added, now, cancellationToken).ConfigureAwait(false);
        var message = new ConversationMessage
        {
            Id = messageId, ConversationId = conversationId, Sequence = sequence, Kind = draft.Kind, Text = draft.Text, SourceMessageId = draft.Source,
            AgentId = draft.AgentId, SupervisorId = draft.SupervisorId, Status = draft.Status, CreatedAt = now,
            Automatic = draft.Automatic, Localized = draft.TextEs is null ? null : new LocalizedText(draft.Text, draft.TextEs),
            Attachments = [.. attachments.Zip(draft.Attachments ?? [], (a, d) => new MessageAttachment(a.Id, d.FileName, a.ContentType, a.Length))],
        };
        return (next.ToConversation(conversationId), message);
    }
}
