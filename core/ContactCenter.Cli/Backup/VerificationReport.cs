using System.Globalization;

namespace ContactCenter.Cli.Backup;

/// <summary>The outcome of checking a store against a backup's manifest, printed for people.</summary>
/// <param name="Manifest">What the backup says it holds.</param>
/// <param name="Problems">Every mismatch found; empty when everything matched.</param>
internal sealed record VerificationReport(BackupManifest Manifest, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;

    public async Task PrintAsync(TextWriter output, string what)
    {
        var m = Manifest;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Backup of a {m.Provider} store (schema {m.SchemaVersion}), taken {m.CreatedAt:u} {m.Method} by cc {m.PlatformVersion}.")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  {m.Contents.Collections.Count} collections, {m.Contents.DocumentCount:N0} documents, {m.Contents.Events.Count:N0} events, {m.Files.Count} files{(m.IncludesSecrets ? " (includes secrets)" : string.Empty)}.")).ConfigureAwait(false);
        if (Passed)
        {
            await output.WriteLineAsync($"{what}: every count and checksum matches the manifest.").ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{what}: {Problems.Count} mismatch(es):")).ConfigureAwait(false);
        foreach (var problem in Problems)
        {
            await output.WriteLineAsync("  " + problem).ConfigureAwait(false);
        }
    }
}
