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

    public async ValueTask<CommitResult> CommitAsync(WriteBatch batch, ContactChanged change, CancellationToken cancellationToken)
    {
        var stream = $"contact-{change.ContactId}";
        batch.Append(stream, EventTypes.ContactChanged, JsonSerializer.Serialize(change, KernelJson.Options), change.At);
        var result = await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        await bus.PublishAsync(CloudEvent.Create(EventTypes.ContactChanged, Source, stream, change.At, change, KernelJson.Options), cancellationToken)
            .ConfigureAwait(false);
        return result;
    }
}
