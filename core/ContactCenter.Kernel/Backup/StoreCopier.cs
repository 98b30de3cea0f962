using System.Globalization;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Backup;

/// <summary>
/// Copies everything one store holds into another, empty one through <see cref="IDocumentStore"/> alone, so it works
/// between any two providers: collections with their indexed fields, every document at its version, and the event
/// log in order with the same sequence numbers. Versions are reproduced by writing a document once and replacing it
/// with the same text until it reaches its source version, in the same atomic batch.
/// </summary>
public static class StoreCopier
{
    private const int DocumentOperationsPerBatch = 500;
    private const int EventsPerBatch = 1000;

    /// <summary>Copies <paramref name="source"/> into <paramref name="target"/>.</summary>
    /// <param name="source">The store to read, opened.</param>
    /// <param name="sourceCatalog">Its catalog.</param>
    /// <param name="target">The store to write, opened and empty.</param>
    /// <param name="progress">Receives the number of documents and events copied so far.</param>
    /// <param name="cancellationToken">Cancels between batches.</param>
    /// <returns>A task that completes when everything is copied.</returns>
    /// <exception cref="InvalidOperationException">The source's event log has gaps, so sequences cannot be kept.</exception>
    public static async Task CopyAsync(IDocumentStore source, IStoreCatalog sourceCatalog, IDocumentStore target, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceCatalog);
        ArgumentNullException.ThrowIfNull(target);
        long copied = 0;
        foreach (var definition in await sourceCatalog.ListCollectionsAsync(cancellationToken).ConfigureAwait(false))
        {
            await target.EnsureCollectionAsync(definition, cancellationToken).ConfigureAwait(false);
            string? token = null;
            do
            {
                var page = await source.QueryAsync(definition.Name, new DocumentQuery { PageSize = DocumentQuery.MaxPageSize, ContinuationToken = token }, cancellationToken).ConfigureAwait(false);
                var batch = new WriteBatch();
                foreach (var document in page.Items)
                {
                    if (batch.Documents.Count + document.Version > DocumentOperationsPerBatch && !batch.IsEmpty)
                    {
                        await target.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
                        batch = new WriteBatch();
                    }

                    batch.Insert(definition.Name, document.Id, document.Json);
                    for (var version = 1L; version < document.Version; version++)
                    {
                        batch.Replace(definition.Name, document.Id, document.Json, version);
                    }
                }

                if (!batch.IsEmpty)
                {
                    await target.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
                }

                copied += page.Items.Count;
                progress?.Report(copied);
                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        await CopyEventsAsync(source, target, copied, progress, cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyEventsAsync(IDocumentStore source, IDocumentStore target, long copied, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        long last = 0;
        while (true)
        {
            var events = await source.ReadEventsAsync(new EventQuery(null, last, EventsPerBatch), cancellationToken).ConfigureAwait(false);
            if (events.Count == 0)
            {
                return;
            }

            var batch = new WriteBatch();
            foreach (var e in events)
            {
                if (e.Sequence != last + 1)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"The source's event log jumps from sequence {last} to {e.Sequence}; the copy would renumber the events after it."));
                }

                batch.Append(e.Stream, e.Type, e.Json, e.Time);
                last = e.Sequence;
            }

            var result = await target.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
            if (result.EventSequences.Count > 0 && result.EventSequences[^1] != last)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"The target gave sequence {result.EventSequences[^1]} where the source has {last}: it was not empty."));
            }

            copied += events.Count;
            progress?.Report(copied);
        }
    }
}
