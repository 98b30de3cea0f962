using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ContactCenter.Plugins.Channels.Voice.Media.Recording;

/// <summary>
/// Takes a recording's full chunks off the media tick and stores them in the background, one at a time and in order.
/// <see cref="TryWrite"/> never blocks: it accepts a chunk only while fewer than <see cref="MaxBufferedChunks"/>
/// chunks are waiting or being stored, so a call's memory stays bounded however slow storage is. A chunk refused
/// because storage is behind (<see cref="Dropped"/>) or whose store failed (<see cref="Failed"/>) is reported through
/// <c>lost</c> and listed in <see cref="Lost"/>, so the recording can put silence in its place and say so.
/// </summary>
internal sealed class RecordingChunkWriter
{
    public const int DefaultMaxBufferedChunks = 4;

    private readonly Func<int, byte[], CancellationToken, Task> _store;
    private readonly Action<int, Exception?> _lost;
    private readonly Channel<(int Index, byte[] Data)> _queue = Channel.CreateUnbounded<(int, byte[])>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentBag<int> _lostIndexes = [];
    private readonly Task _pump;
    private volatile bool _abandoned;
    private int _buffered;
    private int _maxBuffered;
    private int _written;
    private int _dropped;
    private int _failed;

    /// <param name="store">Stores one chunk (index, bytes); runs off the caller's thread.</param>
    /// <param name="lost">Told about each chunk lost: refused (no exception) or failed to store (its exception).</param>
    /// <param name="maxBufferedChunks">How many chunks may wait or be in flight at once.</param>
    public RecordingChunkWriter(Func<int, byte[], CancellationToken, Task> store, Action<int, Exception?> lost, int maxBufferedChunks = DefaultMaxBufferedChunks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBufferedChunks, 1);
        _store = store;
        _lost = lost;
        MaxBufferedChunks = maxBufferedChunks;
        _pump = Task.Run(PumpAsync);
    }

    public int MaxBufferedChunks { get; }

    /// <summary>Chunks accepted and not yet stored (waiting or in flight).</summary>
    public int BufferedChunks => Volatile.Read(ref _buffered);

    /// <summary>The most chunks ever buffered at once.</summary>
    public int MaxBufferedSeen => Volatile.Read(ref _maxBuffered);

    public int Written => Volatile.Read(ref _written);

    /// <summary>Chunks refused because storage was behind.</summary>
    public int Dropped => Volatile.Read(ref _dropped);

    /// <summary>Chunks whose store failed.</summary>
    public int Failed => Volatile.Read(ref _failed);

    /// <summary>The indexes of every chunk refused or failed.</summary>
    public IReadOnlyCollection<int> Lost => [.. _lostIndexes.Order()];

    /// <summary>Queues a full chunk for storage without waiting; false (counted and reported) when too many are buffered.</summary>
    public bool TryWrite(int index, byte[] chunk)
    {
        var buffered = Interlocked.Increment(ref _buffered);
        if (buffered > MaxBufferedChunks || !_queue.Writer.TryWrite((index, chunk)))
        {
            Interlocked.Decrement(ref _buffered);
            Interlocked.Increment(ref _dropped);
            Lose(index, null);
            return false;
        }

        InterlockedMax(ref _maxBuffered, buffered);
        return true;
    }

    /// <summary>No more chunks: waits until every accepted one is stored (or lost).</summary>
    public async Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        await _pump.ConfigureAwait(false);
    }

    /// <summary>Stops without waiting for storage: chunks still queued are not stored (the recording is being dropped).</summary>
    public void Abandon()
    {
        _abandoned = true;
        _queue.Writer.TryComplete();
    }

    private async Task PumpAsync()
    {
        await foreach (var (index, data) in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                // Abandoned: the recording is not kept, so its remaining chunks are not lost audio.
                if (!_abandoned)
                {
                    await _store(index, data, CancellationToken.None).ConfigureAwait(false);
                    Interlocked.Increment(ref _written);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Background boundary: a storage failure must not end the call nor the pump; it is reported and counted.
                Interlocked.Increment(ref _failed);
                Lose(index, ex);
            }
            finally
            {
                Interlocked.Decrement(ref _buffered);
            }
        }
    }

    private void Lose(int index, Exception? error)
    {
        _lostIndexes.Add(index);
        _lost(index, error);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
