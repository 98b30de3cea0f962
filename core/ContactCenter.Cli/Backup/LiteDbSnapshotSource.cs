using ContactCenter.Cli.Connection;
using ContactCenter.Storage.LiteDb;

namespace ContactCenter.Cli.Backup;

/// <summary>
/// Takes a consistent copy of the embedded store: through the running host when there is one (the host holds the
/// file's exclusive lock), else by opening the data directory itself.
/// </summary>
internal static class LiteDbSnapshotSource
{
    public const string SnapshotPath = "/api/v1/backup/snapshot";

    /// <summary>Writes the snapshot to <paramref name="destination"/>; returns the method used (<c>online</c> or <c>offline</c>).</summary>
    public static async Task<string> TakeAsync(CliSettings settings, string destination, ProgressWriter progress, TextWriter error, CancellationToken cancellationToken)
    {
        if (HostLocator.Locate(settings, error) is { } target)
        {
            progress.Step($"Asking the host at {target.BaseAddress} for a consistent snapshot…");
            using var api = new HostApiClient(target);
            await api.DownloadAsync(SnapshotPath, destination, progress.Counter("bytes received"), cancellationToken).ConfigureAwait(false);
            return "online";
        }

        if (!File.Exists(Path.Combine(settings.DataDirectory, LiteDbScratch.DataFileName)))
        {
            throw new CliException($"There is no store in {settings.DataDirectory} ({LiteDbScratch.DataFileName} is missing); pass --data-dir, or --postgres for a PostgreSQL store.", ExitCodes.Refused);
        }

        progress.Step($"The host is not running: copying the store in {settings.DataDirectory} offline…");
        using var store = new LiteDbDocumentStore(settings.DataDirectory, TimeProvider.System);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException(ex.Message, ExitCodes.Refused, ex);
        }

        await store.WriteSnapshotAsync(destination, cancellationToken).ConfigureAwait(false);
        return "offline";
    }
}
