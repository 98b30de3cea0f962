using System.Buffers;

namespace ContactCenter.Storage.LiteDb.Writing;

/// <summary>Consistent copies of the open store.</summary>
internal sealed partial class LiteDbWriter
{
    private const int CopyChunk = 1 << 20;

    private void RunSnapshot(SnapshotJob job)
    {
        try
        {
            // The writer thread runs jobs one at a time and no transaction is open between them, so after the
            // checkpoint every acknowledged batch is in the data file, the log is empty, and nothing writes until the
            // copy is done. Readers keep reading meanwhile (LiteDB reads never write the data file).
            _database.Checkpoint();
            _files.Data.Flush();
            job.Completion.TrySetResult(CopyDataFile(job.DestinationPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            // The writer thread must survive to serve the next caller; the snapshot's caller gets the reason.
            job.Fail(ex);
        }
    }

    private long CopyDataFile(string destinationPath)
    {
        var handle = _files.Data.Handle;
        var length = RandomAccess.GetLength(handle);
        var buffer = ArrayPool<byte>.Shared.Rent(CopyChunk);
        try
        {
            using var destination = new FileStream(destinationPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
            long offset = 0;
            while (offset < length)
            {
                // Positional reads: the engine's own stream position is left untouched.
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(CopyChunk, length - offset)), offset);
                if (read == 0)
                {
                    break;
                }

                destination.Write(buffer, 0, read);
                offset += read;
            }

            destination.Flush(flushToDisk: true);
            return offset;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
