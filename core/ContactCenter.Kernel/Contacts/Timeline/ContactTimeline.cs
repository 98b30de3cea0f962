using System.Text.Json;
using ContactCenter.Kernel.Contacts.Merging;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Interactions;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Contacts.Timeline;

/// <summary>
/// <see cref="IContactTimeline"/> on the interactions' <c>contactId</c> index. A contact with merged contacts reads
/// each one's interactions from the same keyset position (the cursor is the store's own continuation token: the
/// creation instant and id of the last entry shown), and merges them in the store's order, creation time then id, both
/// descending. Ties on the instant are therefore neither repeated nor skipped across pages.
/// </summary>
internal sealed class ContactTimeline(IDocumentStore store, IContactDirectory contacts, IContactMerger merges, InteractionCodec codec) : IContactTimeline
{
    private const string OrderField = "createdAt";
    private static readonly string Interactions = KernelCollections.Interactions.Name;
    private readonly KernelRepository<ConversationDocument> _conversations = new(store, KernelCollections.Conversations);

    public async ValueTask<TimelinePage> GetAsync(string contactId, int pageSize, string? cursor, CancellationToken cancellationToken = default)
    {
        if (pageSize is < 1 or > IContactTimeline.MaxPageSize)
        {
            throw new InvalidRequestException("pageSize", $"Must be from 1 to {IContactTimeline.MaxPageSize}.");
        }

        if (cursor is not null && ContinuationToken.Decode(cursor).Key.Kind != IndexValueKind.String)
        {
            throw new InvalidRequestException("cursor", "Not a cursor of this timeline.");
        }

        var contact = await contacts.ResolveAsync(contactId, cancellationToken).ConfigureAwait(false) ?? throw new EntityNotFoundException("contact", contactId);
        var rows = new List<(IndexValue Key, RawDocument Raw)>();
        foreach (var id in (await merges.MergedIntoAsync(contact.Id, cancellationToken).ConfigureAwait(false)).Prepend(contact.Id))
        {
            var query = new DocumentQuery
            {
                Filters = [new DocumentFilter("contactId", FilterOperator.Equal, id)],
                OrderBy = OrderField, Descending = true, PageSize = pageSize + 1, ContinuationToken = cursor,
            };
            var page = await store.QueryAsync(Interactions, query, cancellationToken).ConfigureAwait(false);
            rows.AddRange(page.Items.Select(raw => (KeyOf(raw), raw)));
        }

        var ordered = rows.OrderByDescending(r => r.Key).ThenByDescending(r => r.Raw.Id, StringComparer.Ordinal).Take(pageSize + 1).ToList();
        var shown = ordered.Take(pageSize).ToList();
        var next = ordered.Count > pageSize ? new ContinuationToken(shown[^1].Key, shown[^1].Raw.Id).Encode() : null;
        var items = new List<TimelineEntry>(shown.Count);
        foreach (var (_, raw) in shown)
        {
            items.Add(await EntryAsync(await codec.DeserializeAsync(raw, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false));
        }

        return new TimelinePage(contact.Id, items, next);
    }

    private static IndexValue KeyOf(RawDocument raw)
    {
        using var json = JsonDocument.Parse(raw.Json);
        return IndexValue.Extract(json.RootElement, OrderField);
    }

    private async ValueTask<TimelineEntry> EntryAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var conversations = await _conversations.ListAsync(DocumentQuery.Where("interactionId", interaction.Id), cancellationToken).ConfigureAwait(false);
        var conversation = conversations.Count > 0 ? conversations[0] : null;
        return new TimelineEntry
        {
            InteractionId = interaction.Id, ContactId = interaction.ContactId ?? string.Empty, Channel = interaction.Channel,
            ChannelPluginId = interaction.ChannelPluginId, ChannelName = interaction.ChannelName, Direction = interaction.Direction,
            State = interaction.State, CreatedAt = interaction.CreatedAt, StateChangedAt = interaction.StateChangedAt,
            ServiceLineId = interaction.ServiceLineId, QueueId = interaction.QueueId ?? interaction.Legs.LastOrDefault(l => l.QueueId is not null)?.QueueId,
            // A closed interaction no longer holds its agent; the legs keep who handled it.
            AgentId = interaction.AgentId ?? interaction.Legs.LastOrDefault(l => l.AgentId is not null)?.AgentId,
            DispositionCode = interaction.Disposition?.Code,
            Conversation = conversation is null ? null : new TimelineConversation(conversation.Id, conversation.Value.InboxId, conversation.Value.Status,
                conversation.Value.LastSequence, conversation.Value.UpdatedAt),
        };
    }
}
