namespace ContactCenter.Kernel.Backup;

/// <summary>
/// A store that can copy itself, consistently, while it is open: what every acknowledged batch wrote before the
/// call, and nothing half-written. The embedded store implements it (a file copy); a server store is backed up with
/// the server's own tools instead.
/// </summary>
public interface IStoreSnapshot
{
    /// <summary>Writes a complete, self-contained copy of the store to <paramref name="destinationPath"/> (created or overwritten).</summary>
    /// <param name="destinationPath">The file to write.</param>
    /// <param name="cancellationToken">Cancels the call before the copy starts.</param>
    /// <returns>The size of the copy in bytes.</returns>
    ValueTask<long> WriteSnapshotAsync(string destinationPath, CancellationToken cancellationToken);
}
