using System.Text.Json;

namespace ContactCenter.Cli.Plugins;

/// <summary>Prints a plugin's permissions as text or JSON.</summary>
internal static class PluginPermissionsPrinter
{
    public static async Task PrintAsync(TextWriter output, PluginPermissionsSummary permissions, bool json)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(permissions, CliJson.Options)).ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync($"{permissions.PluginId} {permissions.Version}").ConfigureAwait(false);
        await output.WriteLineAsync($"  requested: {List(permissions.Requested)}").ConfigureAwait(false);
        await output.WriteLineAsync($"  approved:  {List(permissions.Approved)}{(permissions.ChangedBy is null ? string.Empty : $" (last change by {permissions.ChangedBy})")}").ConfigureAwait(false);
        await output.WriteLineAsync($"  pending:   {List(permissions.Pending)}").ConfigureAwait(false);
        await output.WriteLineAsync($"  revoked:   {List(permissions.Revoked)}").ConfigureAwait(false);
    }

    private static string List(IReadOnlyList<string> names) => names.Count == 0 ? "(none)" : string.Join(", ", names);
}
