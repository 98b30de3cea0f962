using System.Globalization;
using System.Text.Json;
using ContactCenter.Kernel.Security.Encryption.Keys;

namespace ContactCenter.Cli.Keys;

/// <summary>Prints a <see cref="KeyRingStatus"/>: key ids and dates only, never key material.</summary>
internal static class KeyStatusPrinter
{
    public static async Task PrintAsync(TextWriter output, string? done, KeyRingStatus status, bool json)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(status, CliJson.Options)).ConfigureAwait(false);
            return;
        }

        if (done is not null)
        {
            await output.WriteLineAsync(done).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"Key provider: {status.Provider}").ConfigureAwait(false);
        await output.WriteLineAsync($"Current master key: {status.CurrentMasterKeyId} (provider holds: {string.Join(", ", status.MasterKeyIds)}; in use: {string.Join(", ", status.MasterKeysInUse)})").ConfigureAwait(false);
        await output.WriteLineAsync($"Current data key: {status.CurrentDataKeyId}").ConfigureAwait(false);
        await output.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,-7} {2,-14} {3,-20} {4,-20} {5}", "KEY", "KIND", "MASTER KEY", "CREATED", "RETIRED", "RE-WRAPPED")).ConfigureAwait(false);
        foreach (var key in status.Keys)
        {
            await output.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, "{0,-18} {1,-7} {2,-14} {3,-20} {4,-20} {5}",
                key.KeyId + (key.Current ? "*" : string.Empty), key.Kind, key.MasterKeyId, Date(key.CreatedAt), Date(key.RetiredAt), Date(key.RewrappedAt))).ConfigureAwait(false);
        }
    }

    private static string Date(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "-";
}
