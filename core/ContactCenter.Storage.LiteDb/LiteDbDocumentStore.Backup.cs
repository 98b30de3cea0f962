using ContactCenter.Kernel.Backup;
using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.LiteDb.Writing;

namespace ContactCenter.Storage.LiteDb;

/// <summary>Backup support: the catalog of collections and consistent snapshots of the open file.</summary>
public sealed partial class LiteDbDocumentStore : IStoreCatalog, IStoreSnapshot
{
    /// <summary>The file format this store writes (LiteDB 5 data file, ordinal collation, this store's layout).</summary>
    public const string FileSchemaVersion = "litedb5-v1";

    /// <inheritdoc />
    public string SchemaVersion => FileSchemaVersion;

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<CollectionDefinition>> ListCollectionsAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _ = Database;
        return ValueTask.FromResult(_catalog.Definitions);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Runs on the writer thread between group commits: a checkpoint moves every acknowledged batch into the data
    /// file, then the file is copied; writes queue up meanwhile (they are not refused) and reads carry on.
    /// The copy is a complete store: open it as <c>contactcenter.db</c> in an empty directory.
    /// </remarks>
    public async ValueTask<long> WriteSnapshotAsync(string destinationPath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationPath);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        var job = new SnapshotJob(Path.GetFullPath(destinationPath));
        Writer.Enqueue(job);
        return await job.Completion.Task.ConfigureAwait(false);
    }
}
