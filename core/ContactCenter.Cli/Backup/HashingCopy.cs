using System.Buffers;
using System.Security.Cryptography;

namespace ContactCenter.Cli.Backup;

/// <summary>Copies a stream while computing its SHA-256 and reporting bytes copied.</summary>
internal static class HashingCopy
{
    private const int Chunk = 1 << 16;

    public static async Task<(long Size, string Sha256)> CopyAsync(Stream source, Stream? target, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            long size = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, Chunk), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                if (target is not null)
                {
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                size += read;
                progress?.Report(size);
            }

            return (size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
