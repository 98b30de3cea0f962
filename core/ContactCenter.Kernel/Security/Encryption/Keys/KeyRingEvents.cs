using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>
/// Commits a key ring change together with its <see cref="EventTypes.KeyRingChanged"/> event in the store's log (stream
/// <c>key-ring</c>), then publishes it, so that the audit log can hook every key operation. Key ids only, never keys.
/// </summary>
internal sealed class KeyRingEvents(IDocumentStore store, IEventBus bus)
{
    public const string Stream = "key-ring";
    public const string Source = "/kernel/security/keys";

    public async Task CommitAsync(WriteBatch batch, KeyRingChanged change, CancellationToken cancellationToken)
    {
        batch.Append(Stream, EventTypes.KeyRingChanged, JsonSerializer.Serialize(change, KernelJson.Options), change.At);
        await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        await bus.PublishAsync(CloudEvent.Create(EventTypes.KeyRingChanged, Source, Stream, change.At, change, KernelJson.Options), cancellationToken)
            .ConfigureAwait(false);
    }
}
