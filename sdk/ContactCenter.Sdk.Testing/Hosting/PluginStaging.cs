using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>Copies the plugin's folder to the test kernel's own, with configuration overrides merged into its manifest.</summary>
internal static class PluginStaging
{
    public static string Prepare(string pluginDirectory, JsonObject? configuration, string target)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginDirectory);
        var source = Path.GetFullPath(pluginDirectory);
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"The plugin folder '{pluginDirectory}' does not exist: build the plugin project first.");
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        if (configuration is { Count: > 0 })
        {
            MergeConfiguration(Path.Combine(target, "plugin.json"), configuration);
        }

        return target;
    }

    private static void MergeConfiguration(string manifestPath, JsonObject overrides)
    {
        if (!File.Exists(manifestPath) || JsonNode.Parse(File.ReadAllText(manifestPath)) is not JsonObject manifest)
        {
            // Left to the kernel's manifest check, which reports a missing or malformed plugin.json properly.
            return;
        }

        var merged = manifest["configuration"] as JsonObject ?? [];
        manifest["configuration"] = merged;
        foreach (var (key, value) in overrides)
        {
            merged[key] = value?.DeepClone();
        }

        File.WriteAllText(manifestPath, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
