using ContactCenter.Kernel.Blobs;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Plugins.Channels;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// <see cref="IKernelConversationService"/> over the document store. Each conversation's writes are serialised by its
/// document version: a message is the conversation's next sequence, committed with the conversation at the version read,
/// so concurrent writers retry rather than interleave, and a redelivered source message is found before anything is written.
/// </summary>
internal sealed partial class ConversationService(
    IDocumentStore store,
    IDataProtector protector,
    IKernelInteractionService interactions,
    IDirectory directory,
    IContactDirectory contacts,
    IChannelGateway channels,
    IBlobStore blobs,
    IPresenceService presence,
    ConversationEvents events,
    KernelTime time) : IKernelConversationService
{
    private const int MaxAttempts = 8;
    private const int MaxReasonLength = 500;
    private static readonly string Conversations = KernelCollections.Conversations.Name;
    private static readonly string Messages = KernelCollections.Messages.Name;
    private readonly KernelRepository<InboxDocument> _inboxes = new(store, KernelCollections.Inboxes);
    private readonly KernelRepository<ConversationDocument> _conversations = new(store, KernelCollections.Conversations);
    private readonly KernelRepository<ConversationKeyDocument> _keys = new(store, KernelCollections.ConversationKeys);
    private readonly KernelRepository<MessageDocument> _messages = new(store, KernelCollections.Messages);

    public async ValueTask<Inbox> OpenInboxAsync(string pluginId, InboxRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new Dictionary<string, string[]>();
        ConversationLimits.ChannelName(errors, request.ChannelName);
        if (string.IsNullOrEmpty(request.ServiceLineId) || request.ServiceLineId.Length > DocumentIds.MaxLength
            || await directory.ServiceLines.GetAsync(request.ServiceLineId, cancellationToken).ConfigureAwait(false) is null)
        {
            errors["serviceLineId"] = ["No such service line."];
        }

        if (string.IsNullOrEmpty(request.QueueId) || request.QueueId.Length > DocumentIds.MaxLength
            || await directory.Queues.GetAsync(request.QueueId, cancellationToken).ConfigureAwait(false) is not { } queue)
        {
            errors["queueId"] = ["No such queue."];
        }
        else if (queue.ServiceLineId != request.ServiceLineId)
        {
            errors["queueId"] = ["The queue belongs to another service line."];
        }

        ConversationLimits.ThrowIfAny(errors);
        var id = InboxIds.For(pluginId, request.ChannelName);
        await _inboxes.UpsertAsync(id, new InboxDocument(pluginId, request.ChannelName, request.ServiceLineId, request.QueueId, request.Kind, time.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        return new Inbox(id, pluginId, request.ChannelName, request.ServiceLineId, request.QueueId, request.Kind);
    }

    public async ValueTask<Inbox?> GetInboxAsync(string inboxId, CancellationToken cancellationToken = default) =>
        IsId(inboxId) && await _inboxes.GetAsync(inboxId, cancellationToken).ConfigureAwait(false) is { } stored
            ? new Inbox(stored.Id, stored.Value.PluginId, stored.Value.ChannelName, stored.Value.ServiceLineId, stored.Value.QueueId, stored.Value.Kind)
            : null;

    public async ValueTask<Conversation?> GetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        IsId(conversationId) && await _conversations.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } stored
            ? stored.Value.ToConversation(stored.Id)
            : null;

    public async ValueTask<IReadOnlyList<Conversation>> ListAsync(ConversationStatus? status, string? agentId, int limit, CancellationToken cancellationToken = default)
    {
        var filters = new List<DocumentFilter>();
        if (status is { } s)
        {
            filters.Add(new DocumentFilter("status", FilterOperator.Equal, s.ToString()));
        }

        if (!string.IsNullOrEmpty(agentId))
        {
            filters.Add(new DocumentFilter("agentId", FilterOperator.Equal, agentId));
        }

        var query = new DocumentQuery { Filters = filters, OrderBy = "updatedAt", Descending = true, PageSize = Math.Clamp(limit, 1, DocumentQuery.MaxPageSize) };
        var page = await store.QueryAsync(Conversations, query, cancellationToken).ConfigureAwait(false);
        return page.Items.Select(raw => _conversations.Read(raw)).Select(v => v.Value.ToConversation(v.Id)).ToArray();
    }

    public async ValueTask<IReadOnlyList<ConversationMessage>> GetMessagesAsync(string conversationId, long afterSequence, bool includeNotes,
        CancellationToken cancellationToken = default)
    {
        if (!IsId(conversationId))
        {
            return [];
        }

        var query = new DocumentQuery
        {
            Filters = [new DocumentFilter("conversationId", FilterOperator.Equal, conversationId), new DocumentFilter("sequence", FilterOperator.GreaterThan, Math.Max(0, afterSequence))],
            OrderBy = "sequence",
        };
        var stored = await _messages.ListAsync(query, cancellationToken).ConfigureAwait(false);
        var result = new List<ConversationMessage>(stored.Count);
        foreach (var message in stored.Where(m => includeNotes || m.Value.Kind != MessageKind.PrivateNote))
        {
            result.Add(await OpenAsync(message.Id, message.Value, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    public ValueTask<ConversationMessage> UpdateStatusAsync(string? pluginId, string messageId, DeliveryStatus status, CancellationToken cancellationToken = default) =>
        SetStatusAsync(pluginId, messageId, status, null, cancellationToken);

    public ValueTask<ConversationMessage> UpdateStatusAsync(string? pluginId, string messageId, DeliveryStatus status, string? failureReason,
        CancellationToken cancellationToken = default) =>
        SetStatusAsync(pluginId, messageId, status, failureReason, cancellationToken);

    private async ValueTask<ConversationMessage> SetStatusAsync(string? pluginId, string messageId, DeliveryStatus status, string? failureReason,
        CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(status))
        {
            throw new InvalidRequestException("status", "Unknown delivery status.");
        }

        for (var attempt = 1; ; attempt++)
        {
            var stored = (IsId(messageId) ? await _messages.GetAsync(messageId, cancellationToken).ConfigureAwait(false) : null)
                ?? throw new EntityNotFoundException("message", messageId);
            var conversation = await _conversations.GetAsync(stored.Value.ConversationId, cancellationToken).ConfigureAwait(false)
                ?? throw new EntityNotFoundException("message", messageId);
            if (pluginId is not null && InboxIds.PluginOf(conversation.Value.InboxId) != pluginId)
            {
                throw new EntityNotFoundException("message", messageId);
            }

            if (!DeliveryStatusRules.Advances(stored.Value.Status, status))
            {
                return await OpenAsync(stored.Id, stored.Value, cancellationToken).ConfigureAwait(false);
            }

            var now = time.GetUtcNow();
            var next = stored.Value with
            {
                Status = status, StatusChangedAt = now, FailureReason = status == DeliveryStatus.Failed ? CleanReason(failureReason) : null,
            };
            var batch = new WriteBatch().Replace(Messages, stored.Id, _messages.Serialize(next), stored.Version);
            var change = new ConversationMessageStatusChanged(next.ConversationId, stored.Id, status, conversation.Value.AgentId, now);
            try
            {
                await events.CommitAsync(batch, next.ConversationId, EventTypes.ConversationMessageStatusChanged, change, now, cancellationToken).ConfigureAwait(false);
                return await OpenAsync(stored.Id, next, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Another status report for the same message won; re-read and decide again.
            }
        }
    }

    /// <summary>A channel's reason as an agent may read it: control characters removed, runs of spaces joined, at most 500 characters.</summary>
    private static string? CleanReason(string? reason)
    {
        if (reason is null)
        {
            return null;
        }

        var clean = string.Join(' ', new string([.. reason.Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return clean.Length == 0 ? null : clean[..Math.Min(clean.Length, MaxReasonLength)];
    }

    private static bool IsId(string? id) => !string.IsNullOrEmpty(id) && id.Length <= DocumentIds.MaxLength && !id.Any(char.IsControl);

    private async ValueTask<ConversationMessage> OpenAsync(string id, MessageDocument document, CancellationToken cancellationToken) => new()
    {
        Id = id,
        ConversationId = document.ConversationId,
        Sequence = document.Sequence,
        Kind = document.Kind,
        Text = await protector.UnprotectStringAsync(document.Text, MessageDocument.TextContext(id), cancellationToken).ConfigureAwait(false),
        SourceMessageId = document.Source is null
            ? null
            : await protector.UnprotectStringAsync(document.Source, MessageDocument.SourceContext(id), cancellationToken).ConfigureAwait(false),
        AgentId = document.AgentId,
        SupervisorId = document.SupervisorId,
        Status = document.Status,
        CreatedAt = document.CreatedAt,
        FailureReason = document.FailureReason,
        Automatic = document.Automatic,
        Localized = document.TextEs is null
            ? null
            : new Sdk.Domain.LocalizedText(
                await protector.UnprotectStringAsync(document.Text, MessageDocument.TextContext(id), cancellationToken).ConfigureAwait(false),
                await protector.UnprotectStringAsync(document.TextEs, MessageDocument.TextEsContext(id), cancellationToken).ConfigureAwait(false)),
        Attachments = await OpenAttachmentsAsync(id, document, cancellationToken).ConfigureAwait(false),
    };
}
