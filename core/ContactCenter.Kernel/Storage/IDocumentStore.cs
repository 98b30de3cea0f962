using ContactCenter.Sdk.Storage;

namespace ContactCenter.Kernel.Storage;

/// <summary>
/// The storage provider contract: collections of versioned JSON documents with declared indexed fields, and an
/// append-only event log, written together in atomic batches. Kernel repositories, plugin stores, grain state and
/// the availability ledger are all built on it, so a provider (LiteDB, PostgreSQL) implements only this.
/// Every provider passes the same conformance suite.
/// </summary>
public interface IDocumentStore
{
    /// <summary>The provider's name as configured (<c>LiteDb</c>, <c>Postgres</c>, <c>Memory</c>).</summary>
    string ProviderName { get; }

    /// <summary>Opens the store and applies pending migrations. Called once at start-up; fails with a message naming what is wrong.</summary>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>A task that completes once the store is ready.</returns>
    ValueTask InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Creates a collection, or adds indexes to an existing one. Idempotent.</summary>
    /// <param name="definition">The collection name and its indexed fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the collection exists with those indexes.</returns>
    ValueTask EnsureCollectionAsync(CollectionDefinition definition, CancellationToken cancellationToken);

    /// <summary>Reads one document.</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="id">The document id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document, or <see langword="null"/>.</returns>
    ValueTask<RawDocument?> GetAsync(string collection, string id, CancellationToken cancellationToken);

    /// <summary>Queries a collection on its indexed fields, one page at a time (keyset paging).</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="query">Filters, order and paging.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">A field is not indexed, or the token is not one this store issued.</exception>
    ValueTask<RawDocumentPage> QueryAsync(string collection, DocumentQuery query, CancellationToken cancellationToken);

    /// <summary>Counts the documents matching <paramref name="filters"/>.</summary>
    /// <param name="collection">The collection.</param>
    /// <param name="filters">Filters on indexed fields; empty counts everything.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count.</returns>
    ValueTask<long> CountAsync(string collection, IReadOnlyList<DocumentFilter> filters, CancellationToken cancellationToken);

    /// <summary>
    /// Applies every operation of <paramref name="batch"/> atomically and durably: when it returns, the batch survives
    /// a process kill. A failed version guard throws <see cref="Sdk.Errors.ConcurrencyConflictException"/> and nothing is written.
    /// </summary>
    /// <param name="batch">The operations.</param>
    /// <param name="cancellationToken">Cancels the call before the batch is applied.</param>
    /// <returns>The documents as written and the sequence numbers given to appended events, in batch order.</returns>
    ValueTask<CommitResult> CommitAsync(WriteBatch batch, CancellationToken cancellationToken);

    /// <summary>Reads events in sequence order.</summary>
    /// <param name="query">Which stream, from which sequence, how many.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The events, ordered by sequence.</returns>
    ValueTask<IReadOnlyList<StoredEvent>> ReadEventsAsync(EventQuery query, CancellationToken cancellationToken);

    /// <summary>Checks that the store answers, for <c>/readyz</c>.</summary>
    /// <param name="cancellationToken">Cancelled when the probe overruns its budget.</param>
    /// <returns>Whether the store is usable, with a description.</returns>
    ValueTask<StoreProbe> ProbeAsync(CancellationToken cancellationToken);
}
