using System.Text.Json;

namespace ContactCenter.Cli.Plugins;

/// <summary>Prints plugins as a table or JSON.</summary>
internal static class PluginPrinter
{
    public static async Task PrintAsync(TextWriter output, IReadOnlyList<PluginSummary> plugins, bool json)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(plugins, CliJson.Options)).ConfigureAwait(false);
            return;
        }

        if (plugins.Count == 0)
        {
            await output.WriteLineAsync("No plugins installed.").ConfigureAwait(false);
            return;
        }

        var idWidth = Math.Max(2, plugins.Max(p => p.Id.Length));
        var versionWidth = Math.Max(7, plugins.Max(p => p.Version.Length));
        await output.WriteLineAsync($"{"ID".PadRight(idWidth)}  {"VERSION".PadRight(versionWidth)}  {"ENABLED",-7}  STATE").ConfigureAwait(false);
        foreach (var plugin in plugins)
        {
            var reason = plugin.StateReason is null ? string.Empty : $" ({plugin.StateReason})";
            await output.WriteLineAsync($"{plugin.Id.PadRight(idWidth)}  {plugin.Version.PadRight(versionWidth)}  {(plugin.Enabled ? "yes" : "no"),-7}  {plugin.State}{reason}").ConfigureAwait(false);
        }
    }

    public static async Task PrintAsync(TextWriter output, string done, PluginSummary plugin, bool json)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(plugin, CliJson.Options)).ConfigureAwait(false);
            return;
        }

        var reason = plugin.StateReason is null ? string.Empty : $" ({plugin.StateReason})";
        await output.WriteLineAsync($"{done} {plugin.Id} {plugin.Version}: {plugin.State}{reason}.").ConfigureAwait(false);
    }
}
