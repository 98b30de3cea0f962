using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Security.Encryption.Rotation;

/// <summary>
/// Visits every document of every <see cref="IReEncryptionTarget"/> in id order and rewrites those with a value under an
/// older data key, each at the version it read (a concurrent writer wins; the document is read again and retried).
/// Progress is saved after every page at the rotation document's version, so only one runner advances a rotation;
/// completion is committed with a <c>cc.security.key-ring-changed</c> event (<c>data-key-rotation-completed</c>).
/// </summary>
internal sealed partial class ReEncryptionPass(
    IDocumentStore store, IEnumerable<IReEncryptionTarget> targets, SealedValues values, KeyRing ring, KeyRingEvents events, KernelTime time,
    ILogger<ReEncryptionPass> logger)
{
    private const int PageSize = 100;
    private const int Attempts = 3;
    private readonly KernelRepository<KeyRotationProgress> _progress = new(store, KernelCollections.KeyRotation);

    public async ValueTask<KeyRotationProgress> RunAsync(Versioned<KeyRotationProgress> claimed, IProgress<KeyRotationProgress>? report, CancellationToken cancellationToken)
    {
        // The new data key may have been created by another node: make sure this one encrypts with it.
        await ring.LoadAsync(cancellationToken).ConfigureAwait(false);
        var current = claimed;
        var byName = targets.ToDictionary(t => t.Collection, StringComparer.Ordinal);
        for (var i = 0; i < current.Value.Collections.Count; i++)
        {
            var entry = current.Value.Collections[i];
            if (entry.Done || !byName.TryGetValue(entry.Collection, out var target))
            {
                continue;
            }

            var total = await store.CountAsync(entry.Collection, [], cancellationToken).ConfigureAwait(false);
            entry = entry with { Total = total };
            do
            {
                var query = new DocumentQuery { PageSize = PageSize, ContinuationToken = entry.ContinuationToken };
                var page = await store.QueryAsync(entry.Collection, query, cancellationToken).ConfigureAwait(false);
                long rewritten = 0, failed = 0;
                foreach (var raw in page.Items)
                {
                    switch (await ReEncryptAsync(target, raw, cancellationToken).ConfigureAwait(false))
                    {
                        case true: rewritten++; break;
                        case null: failed++; break;
                    }
                }

                entry = entry with
                {
                    Scanned = entry.Scanned + page.Items.Count, ReEncrypted = entry.ReEncrypted + rewritten, Failed = entry.Failed + failed,
                    ContinuationToken = page.ContinuationToken, Done = page.ContinuationToken is null,
                };
                current = await SaveAsync(current, Replace(current.Value, i, entry), cancellationToken).ConfigureAwait(false);
                report?.Report(current.Value);
            }
            while (!entry.Done);
        }

        return await CompleteAsync(current, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when rewritten, false when already current, null when a value did not authenticate.</summary>
    private async ValueTask<bool?> ReEncryptAsync(IReEncryptionTarget target, RawDocument raw, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            ReEncryption result;
            try
            {
                result = await target.ReEncryptAsync(raw, values, cancellationToken).ConfigureAwait(false);
            }
            catch (DataTamperedException ex)
            {
                LogTampered(target.Collection, raw.Id, ex.Message);
                return null;
            }

            if (result.Json is null)
            {
                return result.Done;
            }

            try
            {
                await store.CommitAsync(new WriteBatch().Replace(target.Collection, raw.Id, result.Json, raw.Version), cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (Exception ex) when (ex is ConcurrencyConflictException or EntityNotFoundException && attempt < Attempts)
            {
                // Written (or deleted) meanwhile: what is there now was written with the current key, or is retried.
                if (await store.GetAsync(target.Collection, raw.Id, cancellationToken).ConfigureAwait(false) is not { } fresh)
                {
                    return false;
                }

                raw = fresh;
            }
        }
    }

    private async ValueTask<KeyRotationProgress> CompleteAsync(Versioned<KeyRotationProgress> current, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var done = current.Value with { State = KeyRotationState.Completed, FinishedAt = now };
        var batch = new WriteBatch().Replace(_progress.Collection.Name, KeyRotationRunner.DocumentId, _progress.Serialize(done), current.Version);
        var masterKeyId = await ring.Provider.GetCurrentKeyIdAsync(cancellationToken).ConfigureAwait(false);
        var count = (int)Math.Min(int.MaxValue, done.ReEncrypted);
        await events.CommitAsync(batch, new KeyRingChanged("data-key-rotation-completed", done.DataKeyId, masterKeyId, count, now), cancellationToken).ConfigureAwait(false);
        LogCompleted(done.RotationId, done.Scanned, done.ReEncrypted, done.Failed);
        return done;
    }

    private ValueTask<Versioned<KeyRotationProgress>> SaveAsync(Versioned<KeyRotationProgress> current, KeyRotationProgress next, CancellationToken cancellationToken) =>
        // At the version this runner last wrote: a conflict means another runner took the rotation over, and this one stops.
        _progress.ReplaceAsync(KeyRotationRunner.DocumentId, next, current.Version, cancellationToken);

    private static KeyRotationProgress Replace(KeyRotationProgress progress, int index, KeyRotationCollectionProgress entry) =>
        progress with { Collections = [.. progress.Collections.Take(index), entry, .. progress.Collections.Skip(index + 1)] };

    [LoggerMessage(EventId = 4123, Level = LogLevel.Warning, Message = "Key rotation left document {DocumentId} of {Collection} as it was: {Reason}")]
    private partial void LogTampered(string collection, string documentId, string reason);

    [LoggerMessage(EventId = 4124, Level = LogLevel.Information, Message = "Key rotation {RotationId} completed: {Scanned} documents visited, {ReEncrypted} re-encrypted, {Failed} refused")]
    private partial void LogCompleted(string rotationId, long scanned, long reEncrypted, long failed);
}
