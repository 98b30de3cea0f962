using ContactCenter.Kernel.Backup;
using ContactCenter.Storage.LiteDb;

namespace ContactCenter.Cli.Backup;

/// <summary>Opens a LiteDB store file in a folder of its own and sums up its contents.</summary>
internal static class LiteDbScratch
{
    public const string DataFileName = "contactcenter.db";

    public static async Task<(StoreContents Contents, string SchemaVersion)> DigestAsync(string directory, ProgressWriter progress, CancellationToken cancellationToken)
    {
        using var store = new LiteDbDocumentStore(directory, TimeProvider.System);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException($"The store in the backup cannot be opened: {ex.Message}", ExitCodes.VerificationFailed, ex);
        }

        var contents = await StoreDigest.ComputeAsync(store, store, progress.Counter("documents and events read"), cancellationToken).ConfigureAwait(false);
        progress.Step(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"  documents and events read: {contents.DocumentCount:N0} documents in {contents.Collections.Count} collections, {contents.Events.Count:N0} events."));
        return (contents, store.SchemaVersion);
    }
}
