using System.IO.Compression;
using System.Text.Json;

namespace ContactCenter.Host.Api.Plugins;

/// <summary>
/// Reads the plugin id from a package's <c>plugin.json</c> without trusting anything else in it, so that an upgrade
/// aimed at one plugin cannot replace another. The plugin host validates the package fully afterwards.
/// </summary>
internal static class PackageManifestPeek
{
    private const long MaxManifestBytes = 1024 * 1024;

    /// <summary>The id in the shallowest <c>plugin.json</c>, or <see langword="null"/> when it cannot be read (the plugin host then reports why).</summary>
    public static string? TryReadId(MemoryStream package)
    {
        try
        {
            using var archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var manifest = archive.Entries
                .Where(e => e.Name.Equals("plugin.json", StringComparison.OrdinalIgnoreCase) && e.Length <= MaxManifestBytes)
                .OrderBy(e => e.FullName.Count(c => c == '/'))
                .FirstOrDefault();
            if (manifest is null)
            {
                return null;
            }

            using var stream = manifest.Open();
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or IOException)
        {
            return null;
        }
        finally
        {
            package.Position = 0;
        }
    }
}
