using System.Globalization;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.LiteDb.Files;
using ContactCenter.Storage.LiteDb.Reading;
using ContactCenter.Storage.LiteDb.Schema;
using LiteDB;

namespace ContactCenter.Storage.LiteDb;

/// <summary>Reads: on the caller's thread, against LiteDB's snapshot, never through the writer.</summary>
public sealed partial class LiteDbDocumentStore
{
    /// <inheritdoc />
    public ValueTask<RawDocument?> GetAsync(string collection, string id, CancellationToken cancellationToken) =>
        ReadAsync(() => _catalog.Find(collection) is { } schema && IsReadableId(id)
            && Database.GetCollection(schema.LiteName).FindById(id) is { } doc
                ? DocumentMapper.ToRaw(collection, doc)
                : null, cancellationToken);

    /// <inheritdoc />
    public ValueTask<RawDocumentPage> QueryAsync(string collection, DocumentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(() => Queries.Query(collection, query), cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<long> CountAsync(string collection, IReadOnlyList<DocumentFilter> filters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filters);
        return ReadAsync(() => Queries.Count(collection, filters), cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredEvent>> ReadEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(() => EventReader.Read(Database, query), cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<StoreProbe> ProbeAsync(CancellationToken cancellationToken)
    {
        if (_database is null || _disposed)
        {
            return new StoreProbe(false, $"The LiteDB store ({StoreFiles.DataFileName}) is not open.");
        }

        try
        {
            var queued = await ReadAsync(() =>
            {
                _ = Database.GetCollection(CollectionCatalog.MetaCollection).FindById("$probe");
                return Writer.QueueDepth;
            }, cancellationToken).ConfigureAwait(false);
            return new StoreProbe(true, string.Create(CultureInfo.InvariantCulture, $"LiteDB {StoreFiles.DataFileName} answers reads; {queued} write(s) queued."));
        }
        catch (Exception ex) when (ex is LiteException or IOException or ObjectDisposedException)
        {
            return new StoreProbe(false, $"LiteDB {StoreFiles.DataFileName} failed a read: {ex.Message}");
        }
    }

    private static bool IsReadableId(string id)
    {
        try
        {
            DocumentIds.Validate(id);
            return true;
        }
        catch (Sdk.Errors.InvalidRequestException)
        {
            return false;
        }
    }

    private async ValueTask<T> ReadAsync<T>(Func<T> read, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _readers.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return read();
        }
        finally
        {
            _readers.Release();
        }
    }
}
