using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Backup;

/// <summary>
/// Reads a whole store through <see cref="IDocumentStore"/> and sums it up as <see cref="StoreContents"/>. Only what
/// the contract keeps is hashed (ids, versions, JSON text exactly as stored, event sequence, stream, type, data and
/// time to the microsecond), so the same data gives the same digest on LiteDB, PostgreSQL and in memory.
/// </summary>
public static class StoreDigest
{
    private const int PageSize = DocumentQuery.MaxPageSize;
    private const int EventPage = 10_000;

    /// <summary>Computes the digest of <paramref name="store"/>.</summary>
    /// <param name="store">The store, opened.</param>
    /// <param name="catalog">The same store's catalog.</param>
    /// <param name="progress">Receives the number of documents and events read so far.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The digest.</returns>
    public static async Task<StoreContents> ComputeAsync(IDocumentStore store, IStoreCatalog catalog, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalog);
        long read = 0;
        var collections = new List<CollectionDigest>();
        var definitions = await catalog.ListCollectionsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var definition in definitions.OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long count = 0;
            string? token = null;
            do
            {
                var page = await store.QueryAsync(definition.Name, new DocumentQuery { PageSize = PageSize, ContinuationToken = token }, cancellationToken).ConfigureAwait(false);
                foreach (var document in page.Items)
                {
                    Add(hash, document.Id, document.Version.ToString(CultureInfo.InvariantCulture), document.Json);
                    count++;
                }

                read += page.Items.Count;
                progress?.Report(read);
                token = page.ContinuationToken;
            }
            while (token is not null);

            var fields = definition.IndexedFields.Order(StringComparer.Ordinal).ToArray();
            collections.Add(new CollectionDigest(definition.Name, fields, count, Convert.ToHexStringLower(hash.GetHashAndReset())));
        }

        var events = await DigestEventsAsync(store, progress, read, cancellationToken).ConfigureAwait(false);
        return new StoreContents(collections, events);
    }

    private static async Task<EventLogDigest> DigestEventsAsync(IDocumentStore store, IProgress<long>? progress, long read, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long count = 0;
        long last = 0;
        while (true)
        {
            var events = await store.ReadEventsAsync(new EventQuery(null, last, EventPage), cancellationToken).ConfigureAwait(false);
            foreach (var e in events)
            {
                // Microseconds: the finest precision every durable provider keeps.
                var micros = e.Time.UtcTicks / 10;
                Add(hash, e.Sequence.ToString(CultureInfo.InvariantCulture), e.Stream, e.Type, e.Json, micros.ToString(CultureInfo.InvariantCulture));
                last = e.Sequence;
                count++;
            }

            progress?.Report(read + count);
            if (events.Count < EventPage)
            {
                return new EventLogDigest(count, last, Convert.ToHexStringLower(hash.GetHashAndReset()));
            }
        }
    }

    private static void Add(IncrementalHash hash, params string[] fields)
    {
        // Each field is length-prefixed so that no two different records hash the same bytes.
        Span<byte> length = stackalloc byte[4];
        foreach (var field in fields)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
    }
}
