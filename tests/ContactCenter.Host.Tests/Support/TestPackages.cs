using System.IO.Compression;
using System.Text;

namespace ContactCenter.Host.Tests.Support;

/// <summary>Small plugin packages built in memory.</summary>
internal static class TestPackages
{
    public static byte[] Zip(string pluginId, string version = "1.0.0", int paddingBytes = 0)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "plugin.json", $$"""{"id":"{{pluginId}}","version":"{{version}}","name":"Test","sdk":"[1.0,2.0)"}""");
            if (paddingBytes > 0)
            {
                var entry = archive.CreateEntry("padding.bin", CompressionLevel.NoCompression);
                using var stream = entry.Open();
                stream.Write(System.Security.Cryptography.RandomNumberGenerator.GetBytes(paddingBytes));
            }
        }

        return buffer.ToArray();
    }

    public static ByteArrayContent Content(byte[] bytes, string mediaType = "application/zip")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        return content;
    }

    private static void Write(ZipArchive archive, string name, string text)
    {
        using var writer = new StreamWriter(archive.CreateEntry(name).Open(), Encoding.UTF8);
        writer.Write(text);
    }
}
