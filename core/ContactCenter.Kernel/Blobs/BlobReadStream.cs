using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Blobs;

/// <summary>
/// Reads a blob chunk by chunk, each authenticated on its own; at the end checks the length and the digest of the whole,
/// so a removed, reordered or swapped chunk fails the read rather than returning a shorter or different blob.
/// Asynchronous only: the synchronous <see cref="Read(byte[], int, int)"/> would block on the store.
/// </summary>
internal sealed class BlobReadStream(string id, BlobManifest manifest, KernelRepository<BlobChunk> chunks, IDataProtector protector) : Stream
{
    private readonly IncrementalHash _digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _chunk = [];
    private int _offset;
    private int _next;
    private long _read;
    private bool _verified;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => manifest.Length;

    public override long Position { get => _read; set => throw new NotSupportedException("A blob stream reads forward only."); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_offset == _chunk.Length)
        {
            if (_next == manifest.ChunkCount)
            {
                await VerifyAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }

            await LoadNextAsync(cancellationToken).ConfigureAwait(false);
        }

        var count = Math.Min(buffer.Length, _chunk.Length - _offset);
        _chunk.AsSpan(_offset, count).CopyTo(buffer.Span);
        _offset += count;
        _read += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read a blob with ReadAsync or CopyToAsync.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A blob stream reads forward only.");

    public override void SetLength(long value) => throw new NotSupportedException("A blob is read-only.");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A blob is read-only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _digest.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task LoadNextAsync(CancellationToken cancellationToken)
    {
        var index = _next;
        var context = BlobChunk.Context(id, index);
        var stored = await chunks.GetAsync(BlobChunk.DocumentId(id, index), cancellationToken).ConfigureAwait(false)
            ?? throw new DataTamperedException(context, string.Create(CultureInfo.InvariantCulture, $"chunk {index} of {manifest.ChunkCount} is missing (truncated blob)"));
        byte[] sealedBytes;
        try
        {
            sealedBytes = Base64Url.DecodeFromChars(stored.Value.Data);
        }
        catch (FormatException ex)
        {
            throw new DataTamperedException(context, "the chunk is not encrypted data", ex);
        }

        _chunk = await protector.UnprotectAsync(sealedBytes, context, cancellationToken).ConfigureAwait(false);
        _digest.AppendData(_chunk);
        _offset = 0;
        _next++;
    }

    private async Task VerifyAsync(CancellationToken cancellationToken)
    {
        if (_verified)
        {
            return;
        }

        var context = BlobManifest.DigestContext(id, manifest.Length, manifest.ChunkCount);
        var expected = await protector.UnprotectStringAsync(manifest.Digest, context, cancellationToken).ConfigureAwait(false);
        if (_read != manifest.Length || !string.Equals(expected, Convert.ToHexStringLower(_digest.GetHashAndReset()), StringComparison.Ordinal))
        {
            throw new DataTamperedException(context, "the blob's length or digest does not match its manifest");
        }

        _verified = true;
    }
}
