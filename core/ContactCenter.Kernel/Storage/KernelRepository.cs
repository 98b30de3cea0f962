using System.Text.Json;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Storage;

/// <summary>
/// Typed access to one kernel collection: kernel and SDK records as JSON documents with versions.
/// Multi-record changes go through <see cref="WriteBatch"/> with <see cref="Serialize"/>.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class KernelRepository<T>
    where T : class
{
    private readonly IDocumentStore _store;

    /// <summary>Creates the repository.</summary>
    /// <param name="store">The store.</param>
    /// <param name="collection">The collection.</param>
    public KernelRepository(IDocumentStore store, CollectionDefinition collection)
    {
        _store = store;
        Collection = collection;
    }

    /// <summary>The collection.</summary>
    public CollectionDefinition Collection { get; }

    /// <summary>Serializes a record with the kernel's options.</summary>
#pragma warning disable CA1822 // Instance members so callers need no generic static access.
    public string Serialize(T value) => JsonSerializer.Serialize(value, KernelJson.Options);
#pragma warning restore CA1822

    /// <summary>Reads a record.</summary>
    public async ValueTask<Versioned<T>?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await _store.GetAsync(Collection.Name, id, cancellationToken).ConfigureAwait(false) is { } raw ? Read(raw) : null;

    /// <summary>Reads every record matching <paramref name="query"/>, following continuation tokens.</summary>
    public async ValueTask<IReadOnlyList<Versioned<T>>> ListAsync(DocumentQuery? query = null, CancellationToken cancellationToken = default)
    {
        var results = new List<Versioned<T>>();
        var page = (query ?? DocumentQuery.All) with { PageSize = DocumentQuery.MaxPageSize };
        while (true)
        {
            var raw = await _store.QueryAsync(Collection.Name, page, cancellationToken).ConfigureAwait(false);
            results.AddRange(raw.Items.Select(Read));
            if (raw.ContinuationToken is null)
            {
                return results;
            }

            page = page with { ContinuationToken = raw.ContinuationToken };
        }
    }

    /// <summary>Inserts a record; conflicts if it exists.</summary>
    public ValueTask<Versioned<T>> InsertAsync(string id, T value, CancellationToken cancellationToken = default) =>
        CommitOneAsync(new WriteBatch().Insert(Collection.Name, id, Serialize(value)), cancellationToken);

    /// <summary>Replaces a record at <paramref name="expectedVersion"/>; conflicts otherwise.</summary>
    public ValueTask<Versioned<T>> ReplaceAsync(string id, T value, long expectedVersion, CancellationToken cancellationToken = default) =>
        CommitOneAsync(new WriteBatch().Replace(Collection.Name, id, Serialize(value), expectedVersion), cancellationToken);

    /// <summary>Inserts or overwrites a record.</summary>
    public ValueTask<Versioned<T>> UpsertAsync(string id, T value, CancellationToken cancellationToken = default) =>
        CommitOneAsync(new WriteBatch().Upsert(Collection.Name, id, Serialize(value)), cancellationToken);

    /// <summary>Deletes a record, guarded by <paramref name="expectedVersion"/> when given.</summary>
    public async ValueTask<bool> DeleteAsync(string id, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var result = await _store.CommitAsync(new WriteBatch().Delete(Collection.Name, id, expectedVersion), cancellationToken).ConfigureAwait(false);
        return result.DeletedCount > 0;
    }

    /// <summary>Turns a stored document of this collection into a typed record.</summary>
#pragma warning disable CA1822 // Instance member so callers need no generic static access.
    public Versioned<T> Read(RawDocument raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var value = JsonSerializer.Deserialize<T>(raw.Json, KernelJson.Options)
            ?? throw new InvalidDataException($"Document '{raw.Id}' in '{raw.Collection}' is null.");
        return new Versioned<T>(raw.Id, value, raw.Version, raw.UpdatedAt);
    }
#pragma warning restore CA1822

    private async ValueTask<Versioned<T>> CommitOneAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        var result = await _store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        return Read(result.Documents[0]!);
    }
}
