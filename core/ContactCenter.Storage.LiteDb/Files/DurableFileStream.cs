namespace ContactCenter.Storage.LiteDb.Files;

/// <summary>
/// A file stream for LiteDB whose <see cref="Flush"/> reaches the disk (<c>fsync</c>). LiteDB calls <c>Flush</c> on a
/// caller-supplied stream where it would call <c>Flush(true)</c> on its own file streams (after a checkpoint wrote
/// the data file), so this keeps its checkpoint ordering durable; the store also calls it after every group commit.
/// The inner stream is unbuffered, so every LiteDB write is a system call: a page LiteDB wrote is in the operating
/// system's cache at once and survives a kill of the process even before the flush.
/// </summary>
internal sealed class DurableFileStream(FileStream inner) : Stream
{
    public string Path => inner.Name;

    /// <summary>The file's handle, for positional reads that do not move <see cref="Position"/> (snapshots).</summary>
    public Microsoft.Win32.SafeHandles.SafeFileHandle Handle => inner.SafeFileHandle;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override void Flush() => inner.Flush(flushToDisk: true);

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void SetLength(long value) => inner.SetLength(value);

    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
