namespace ContactCenter.Kernel.Storage;

/// <summary>
/// Document writes and event appends that a store applies together or not at all.
/// Build it, hand it to <see cref="IDocumentStore.CommitAsync"/>, do not reuse it.
/// </summary>
public sealed class WriteBatch
{
    private readonly List<DocumentWrite> _documents = [];
    private readonly List<EventAppend> _events = [];

    /// <summary>The document operations, in the order they were added.</summary>
    public IReadOnlyList<DocumentWrite> Documents => _documents;

    /// <summary>The event appends, in the order they were added.</summary>
    public IReadOnlyList<EventAppend> Events => _events;

    /// <summary>Whether the batch holds nothing.</summary>
    public bool IsEmpty => _documents.Count == 0 && _events.Count == 0;

    /// <summary>Adds an insert; fails the batch if the document exists.</summary>
    public WriteBatch Insert(string collection, string id, string json) =>
        Add(new DocumentWrite(DocumentWriteKind.Insert, collection, id, json, null));

    /// <summary>Adds a replace; fails the batch unless the document is at <paramref name="expectedVersion"/>.</summary>
    public WriteBatch Replace(string collection, string id, string json, long expectedVersion) =>
        Add(new DocumentWrite(DocumentWriteKind.Replace, collection, id, json, expectedVersion));

    /// <summary>Adds an unconditional insert-or-overwrite.</summary>
    public WriteBatch Upsert(string collection, string id, string json) =>
        Add(new DocumentWrite(DocumentWriteKind.Upsert, collection, id, json, null));

    /// <summary>Adds a delete; with <paramref name="expectedVersion"/>, fails the batch unless the document is at that version.</summary>
    public WriteBatch Delete(string collection, string id, long? expectedVersion = null) =>
        Add(new DocumentWrite(DocumentWriteKind.Delete, collection, id, null, expectedVersion));

    /// <summary>Adds an event to the log.</summary>
    public WriteBatch Append(string stream, string type, string json, DateTimeOffset time)
    {
        DocumentIds.ValidateStream(stream);
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentNullException.ThrowIfNull(json);
        _events.Add(new EventAppend(stream, type, json, time.ToUniversalTime()));
        return this;
    }

    private WriteBatch Add(DocumentWrite write)
    {
        CollectionNames.Validate(write.Collection);
        DocumentIds.Validate(write.Id);
        _documents.Add(write);
        return this;
    }
}

/// <summary>What a <see cref="DocumentWrite"/> does.</summary>
public enum DocumentWriteKind
{
    /// <summary>Create; conflict if present.</summary>
    Insert,

    /// <summary>Overwrite at an expected version; conflict otherwise.</summary>
    Replace,

    /// <summary>Create or overwrite.</summary>
    Upsert,

    /// <summary>Remove, optionally at an expected version.</summary>
    Delete,
}

/// <summary>One document operation of a <see cref="WriteBatch"/>.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Collection">The collection.</param>
/// <param name="Id">The document id.</param>
/// <param name="Json">The new document JSON; <see langword="null"/> for a delete.</param>
/// <param name="ExpectedVersion">The version guard, if any.</param>
public sealed record DocumentWrite(DocumentWriteKind Kind, string Collection, string Id, string? Json, long? ExpectedVersion);

/// <summary>One event append of a <see cref="WriteBatch"/>.</summary>
/// <param name="Stream">The stream.</param>
/// <param name="Type">The event type.</param>
/// <param name="Json">The event data.</param>
/// <param name="Time">When it happened (UTC).</param>
public sealed record EventAppend(string Stream, string Type, string Json, DateTimeOffset Time);
