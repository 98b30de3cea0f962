using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Contacts;

/// <summary>
/// Commits a contact change with its <see cref="EventTypes.ContactChanged"/> event in the store's log (stream
/// <c>contact-{id}</c>) and publishes it: the hook for the audit log. Ids only, never personal data.
/// </summary>
internal sealed class ContactEvents(IDocumentStore store, IEventBus bus)
{
    public const string Source = "/kernel/contacts";

    public ValueTask<CommitResult> CommitAsync(WriteBatch batch, ContactChanged change, CancellationToken cancellationToken) =>
        CommitAsync(batch, [change], cancellationToken);

    /// <summary>Commits <paramref name="batch"/> with one event per change (a merge changes two contacts at once).</summary>
    public async ValueTask<CommitResult> CommitAsync(WriteBatch batch, IReadOnlyList<ContactChanged> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            batch.Append(Stream(change), EventTypes.ContactChanged, JsonSerializer.Serialize(change, KernelJson.Options), change.At);
        }

        var result = await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        foreach (var change in changes)
        {
            await bus.PublishAsync(CloudEvent.Create(EventTypes.ContactChanged, Source, Stream(change), change.At, change, KernelJson.Options), cancellationToken)
                .ConfigureAwait(false);
        }

        return result;
    }

    private static string Stream(ContactChanged change) => $"contact-{change.ContactId}";
}
