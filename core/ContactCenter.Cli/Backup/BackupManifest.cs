using ContactCenter.Kernel.Backup;

namespace ContactCenter.Cli.Backup;

/// <summary>
/// <c>manifest.json</c> at the root of a backup archive: what the archive holds and how to check it.
/// </summary>
/// <param name="Format">The archive format, <see cref="CurrentFormat"/>.</param>
/// <param name="Provider">The store provider the data came from (<c>LiteDb</c>, <c>Postgres</c>).</param>
/// <param name="SchemaVersion">The store's schema version (LiteDB file layout, or the last PostgreSQL migration).</param>
/// <param name="PlatformVersion">The version of <c>cc</c> that wrote it.</param>
/// <param name="CreatedAt">When the backup was taken (UTC).</param>
/// <param name="Method">How the store was copied: <c>offline</c>, <c>online</c> (through the running host) or <c>pg_dump</c>.</param>
/// <param name="IncludesSecrets">Whether the archive carries the <c>secrets/</c> folder (master keys, admin token).</param>
/// <param name="Contents">Counts and checksums per collection and of the event log.</param>
/// <param name="Files">Every file in the archive except the manifest, with size and SHA-256.</param>
internal sealed record BackupManifest(
    string Format,
    string Provider,
    string SchemaVersion,
    string PlatformVersion,
    DateTimeOffset CreatedAt,
    string Method,
    bool IncludesSecrets,
    StoreContents Contents,
    IReadOnlyList<ArchivedFile> Files)
{
    /// <summary>The format this version writes and reads.</summary>
    public const string CurrentFormat = "cc-backup/1";

    /// <summary>The manifest's entry name.</summary>
    public const string EntryName = "manifest.json";
}
