namespace ContactCenter.Kernel.Blobs;

/// <summary>Configuration section <c>CC:Blobs</c>.</summary>
public sealed class BlobOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CC:Blobs";

    /// <summary>The largest blob accepted, in bytes. Default 256 MiB.</summary>
    public long MaxBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The chunk size in bytes, 16 KiB to 4 MiB. Default 256 KiB.</summary>
    public int ChunkBytes { get; set; } = 256 * 1024;
}
