using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>
/// Commits a key ring change together with its <see cref="EventTypes.KeyRingChanged"/> event in the store's log (stream
/// <c>key-ring</c>), publishes it, and tells the <see cref="IKeyRingChangeRecorder"/>s (the audit log) before returning.
/// Key ids only, never keys.
/// </summary>
internal sealed class KeyRingEvents(IDocumentStore store, IEventBus bus, IEnumerable<IKeyRingChangeRecorder> recorders)
{
    public const string Stream = "key-ring";
    public const string Source = "/kernel/security/keys";

    public async Task CommitAsync(WriteBatch batch, KeyRingChanged change, CancellationToken cancellationToken)
    {
        batch.Append(Stream, EventTypes.KeyRingChanged, JsonSerializer.Serialize(change, KernelJson.Options), change.At);
        await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        await bus.PublishAsync(CloudEvent.Create(EventTypes.KeyRingChanged, Source, Stream, change.At, change, KernelJson.Options), cancellationToken)
            .ConfigureAwait(false);

        // The change is durable whatever happens next: it is not cancelled half-recorded.
        foreach (var recorder in recorders)
        {
            await recorder.ChangedAsync(change, CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Tells the recorders that a rotation failed (its progress document was already marked failed).</summary>
    public async Task RotationFailedAsync(string rotationId, string dataKeyId, string reason)
    {
        foreach (var recorder in recorders)
        {
            await recorder.RotationFailedAsync(rotationId, dataKeyId, reason, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
