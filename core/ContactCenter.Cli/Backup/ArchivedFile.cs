namespace ContactCenter.Cli.Backup;

/// <summary>One file in a backup archive.</summary>
/// <param name="Path">The entry name (forward slashes): <c>store/…</c>, <c>files/plugins/…</c>, <c>files/secrets/…</c>.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Sha256">Its SHA-256 (lower-case hex).</param>
internal sealed record ArchivedFile(string Path, long Size, string Sha256);
