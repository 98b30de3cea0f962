using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Conversations;

/// <summary>Ingestion: a customer's message joins the open conversation of its thread, or starts one that is routed.</summary>
internal sealed partial class ConversationService
{
    private const string MessagePurpose = "conversation-message";
    private const string ThreadPurpose = "conversation-thread";

    public async ValueTask<IngestResult> IngestAsync(string pluginId, InboundMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var errors = new Dictionary<string, string[]>();
        ConversationLimits.SourceId(errors, "sourceConversationId", message.SourceConversationId);
        ConversationLimits.SourceId(errors, "sourceMessageId", message.SourceMessageId);
        var attachments = message.Attachments ?? [];
        ConversationLimits.Text(errors, message.Text, optional: attachments.Count > 0);
        AttachmentRules.Check(errors, attachments);
        if (message.CustomerPhone is { } phone && !IsE164(phone))
        {
            errors["customerPhone"] = ["An E.164 number: '+' and 8 to 15 digits."];
        }

        if (message.Subject is { Length: > 200 })
        {
            errors["subject"] = ["At most 200 characters."];
        }

        ConversationLimits.ThrowIfAny(errors);
        var inbox = await GetInboxAsync(message.InboxId, cancellationToken).ConfigureAwait(false);
        if (inbox is null || inbox.ChannelPluginId != pluginId)
        {
            throw new EntityNotFoundException("inbox", message.InboxId);
        }

        var sourceKey = protector.LookupHash($"{inbox.Id}\n{message.SourceMessageId}", MessagePurpose);
        var threadKey = protector.LookupHash($"{inbox.Id}\n{message.SourceConversationId}", ThreadPurpose)[..40];
        IReadOnlyList<AttachmentDraft>? stored = null;
        try
        {
            return await IngestCheckedAsync(pluginId, inbox, message, sourceKey, threadKey, async () =>
                stored ??= attachments.Count == 0 ? [] : await StoreAttachmentsAsync(attachments, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseUnlessCommittedAsync(stored, sourceKey).ConfigureAwait(false);
        }
    }

    private async ValueTask<IngestResult> IngestCheckedAsync(string pluginId, Inbox inbox, InboundMessage message, string sourceKey, string threadKey,
        Func<Task<IReadOnlyList<AttachmentDraft>>> storeAttachments, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await FindBySourceKeyAsync(sourceKey, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                var stored = await _conversations.GetAsync(existing.Value.ConversationId, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidDataException($"Message '{existing.Id}' has no conversation.");
                await EnsureQueuedAsync(stored.Value.InteractionId, inbox, cancellationToken).ConfigureAwait(false);
                return new IngestResult(stored.Value.ToConversation(stored.Id), await OpenAsync(existing.Id, existing.Value, cancellationToken).ConfigureAwait(false), true);
            }

            var key = await _keys.GetAsync(threadKey, cancellationToken).ConfigureAwait(false);
            var current = key is null ? null : await _conversations.GetAsync(key.Value.ConversationId, cancellationToken).ConfigureAwait(false);
            var incoming = new Draft(MessageKind.Incoming, message.Text ?? string.Empty, message.SourceMessageId, sourceKey, null,
                await storeAttachments().ConfigureAwait(false));
            try
            {
                if (current is { Value.Status: ConversationStatus.Open })
                {
                    var (conversation, added) = await AppendAsync(current, incoming, c => c, cancellationToken).ConfigureAwait(false);
                    return new IngestResult(conversation, added, false);
                }

                return await StartAsync(pluginId, inbox, message, incoming, threadKey, key, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Another message of the same thread was committed first: read again and join it.
            }
        }
    }

    private async ValueTask<IngestResult> StartAsync(string pluginId, Inbox inbox, InboundMessage message, Draft incoming, string threadKey,
        Versioned<ConversationKeyDocument>? key, CancellationToken cancellationToken)
    {
        var generation = (key?.Value.Generation ?? 0) + 1;
        var conversationId = $"{threadKey}-{generation}";
        var contactId = await ResolveContactAsync(message, cancellationToken).ConfigureAwait(false);

        // Created idempotently by external id: a racing node creates the same interaction, not a second one.
        var interaction = await interactions.CreateAsync(pluginId, new NewInteraction
        {
            Channel = inbox.Kind, ChannelName = inbox.ChannelName, ExternalId = conversationId, ServiceLineId = inbox.ServiceLineId,
            ContactId = contactId, Subject = message.Subject,
        }, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var document = new ConversationDocument
        {
            InboxId = inbox.Id, InteractionId = interaction.Id, ContactId = contactId, Status = ConversationStatus.Open, LastSequence = 0,
            CreatedAt = now, UpdatedAt = now,
        };
        var batch = new WriteBatch();
        var pointer = _keys.Serialize(new ConversationKeyDocument(conversationId, generation));
        if (key is null)
        {
            batch.Insert(KernelCollections.ConversationKeys.Name, threadKey, pointer);
        }
        else
        {
            batch.Replace(KernelCollections.ConversationKeys.Name, threadKey, pointer, key.Version);
        }

        var (conversation, added) = await CommitAppendAsync(batch, conversationId, document, incoming, expectedVersion: null, c => c, cancellationToken).ConfigureAwait(false);
        await EnsureQueuedAsync(interaction.Id, inbox, cancellationToken).ConfigureAwait(false);
        return new IngestResult(conversation, added, false);
    }

    private async ValueTask EnsureQueuedAsync(string interactionId, Inbox inbox, CancellationToken cancellationToken)
    {
        // A crash between the commit and the enqueue leaves the interaction Created; the redelivery finishes the job.
        if (await interactions.GetAsync(interactionId, cancellationToken).ConfigureAwait(false) is { State: InteractionState.Created })
        {
            try
            {
                await interactions.EnqueueAsync(interactionId, new EnqueueRequest { QueueId = inbox.QueueId }, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidTransitionException)
            {
                // A concurrent ingestion of the same thread queued it first.
            }
        }
    }

    private async ValueTask<string?> ResolveContactAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        if (message.ContactId is { } given)
        {
            // A contact merged into another is a tombstone: the conversation belongs to the one it lives in now.
            return (await contacts.ResolveAsync(given, cancellationToken).ConfigureAwait(false))?.Id
                ?? throw new InvalidRequestException("contactId", "No such contact.");
        }

        if (message.CustomerPhone is { } phone && await ResolveByPhoneAsync(phone, message.CustomerName, cancellationToken).ConfigureAwait(false) is { } byPhone)
        {
            return byPhone;
        }

        var email = EmailNormalizer.TryNormalize(message.CustomerEmail, out var normalized) ? normalized : null;
        if (email is not null && message.CustomerVerified)
        {
            var known = await contacts.FindByEmailAsync(email, cancellationToken).ConfigureAwait(false);
            if (known.Count > 0)
            {
                return known.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).First().Id;
            }
        }

        // An unverified address is not stored as an identity: the keyed-hash index must only ever lead to addresses
        // someone proved, or the next verified visitor with that address would be matched to a stranger's contact.
        var verifiedEmail = message.CustomerVerified ? email : null;
        var name = string.IsNullOrWhiteSpace(message.CustomerName) ? verifiedEmail : message.CustomerName.Trim();
        if (name is null)
        {
            return null;
        }

        var created = await contacts.CreateAsync(new ContactRequest(name[..Math.Min(name.Length, 200)], Emails: verifiedEmail is null ? null : [verifiedEmail]),
            cancellationToken).ConfigureAwait(false);
        return created.Id;
    }

    private async ValueTask<Versioned<MessageDocument>?> FindBySourceKeyAsync(string sourceKey, CancellationToken cancellationToken)
    {
        var found = await _messages.ListAsync(DocumentQuery.Where("sourceKey", sourceKey), cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }
}
