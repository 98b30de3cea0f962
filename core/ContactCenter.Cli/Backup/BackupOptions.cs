namespace ContactCenter.Cli.Backup;

/// <summary>What <c>cc backup</c> was asked to do.</summary>
/// <param name="ArchivePath">The backup file to write.</param>
/// <param name="Overwrite">Replace an existing file.</param>
/// <param name="IncludeSecrets">Also archive <c>{data-dir}/secrets/</c> (master keys, admin token).</param>
internal sealed record BackupOptions(string ArchivePath, bool Overwrite, bool IncludeSecrets);
