using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace ContactCenter.Cli.Tests.Backup;

/// <summary>Rewrites a backup archive the way an attacker or a bad disk would.</summary>
internal static class ArchiveTampering
{
    /// <summary>Replaces one entry's bytes; with <paramref name="fixManifest"/>, also updates its size and SHA-256 in the manifest.</summary>
    public static void ReplaceEntry(string archive, string entryName, Func<byte[], byte[]> change, bool fixManifest)
    {
        var entries = ReadAll(archive);
        entries[entryName] = change(entries[entryName]);
        if (fixManifest)
        {
            var manifest = JsonNode.Parse(entries["manifest.json"])!;
            var file = manifest["files"]!.AsArray().Single(f => (string)f!["path"]! == entryName)!;
            file["size"] = entries[entryName].Length;
            file["sha256"] = Convert.ToHexStringLower(SHA256.HashData(entries[entryName]));
            entries["manifest.json"] = System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString());
        }

        WriteAll(archive, entries);
    }

    public static byte[] ReadEntry(string archive, string entryName) => ReadAll(archive)[entryName];

    public static void EditManifest(string archive, Action<JsonNode> edit)
    {
        var entries = ReadAll(archive);
        var manifest = JsonNode.Parse(entries["manifest.json"])!;
        edit(manifest);
        entries["manifest.json"] = System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString());
        WriteAll(archive, entries);
    }

    private static Dictionary<string, byte[]> ReadAll(string archive)
    {
        using var zip = ZipFile.OpenRead(archive);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static void WriteAll(string archive, Dictionary<string, byte[]> entries)
    {
        File.Delete(archive);
        using var zip = ZipFile.Open(archive, ZipArchiveMode.Create);
        foreach (var (name, bytes) in entries)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(bytes);
        }
    }
}
