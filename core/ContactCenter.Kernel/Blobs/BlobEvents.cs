using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Blobs;

/// <summary>Commits a blob change with its <see cref="EventTypes.BlobChanged"/> event (stream <c>blob-{id}</c>) and publishes it, for the audit log.</summary>
internal sealed class BlobEvents(IDocumentStore store, IEventBus bus)
{
    public const string Source = "/kernel/blobs";

    public async ValueTask CommitAsync(WriteBatch batch, BlobChanged change, CancellationToken cancellationToken)
    {
        var stream = $"blob-{change.BlobId}";
        batch.Append(stream, EventTypes.BlobChanged, JsonSerializer.Serialize(change, KernelJson.Options), change.At);
        await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        await bus.PublishAsync(CloudEvent.Create(EventTypes.BlobChanged, Source, stream, change.At, change, KernelJson.Options), cancellationToken)
            .ConfigureAwait(false);
    }
}
