using ContactCenter.Plugins.Channels.Voice.Media.Recording;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

/// <summary>
/// At plugin start, finalises the recordings a crash left in state <c>recording</c> from the chunks that were stored:
/// chunk 0's WAV header gets the real sizes, a missing chunk becomes silence (counted in <c>lostMs</c>), the state is
/// <c>incomplete</c> and <c>endedAt</c> the time of the last chunk stored. Accepted audio is never lost; what a
/// crash loses is the chunk being filled (up to about two seconds) and the chunks still queued. A running call stores
/// a chunk about every two seconds (silence too while paused), so only recordings with nothing stored for
/// <see cref="IdleAfter"/> are taken: an upgraded plugin starting while the old version drains its calls leaves their
/// recordings alone. The sweep runs at start and every <see cref="IdleAfter"/> after.
/// </summary>
internal sealed partial class VoiceRecordingRecovery(IPluginStore store, VoiceRecordingStore recordings, TimeProvider time, ILogger<VoiceRecordingRecovery> logger) : IPluginBackgroundService, IDisposable
{
    public static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private Task _sweeps = Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _sweeps = SweepAsync(_stop.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _sweeps.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping is how the sweeps end.
        }
    }

    public void Dispose() => _stop.Dispose();

    /// <summary>Finalises every recording left in progress with nothing stored for <see cref="IdleAfter"/>; returns how many.</summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var found = new List<StoredDocument<VoiceRecording>>();
        var query = DocumentQuery.Where("state", VoiceRecording.InProgress) with { PageSize = DocumentQuery.MaxPageSize };
        do
        {
            var page = await store.Collection<VoiceRecording>(VoiceRecordingStore.Recordings).QueryAsync(query, cancellationToken).ConfigureAwait(false);
            found.AddRange(page.Items);
            query = query with { ContinuationToken = page.ContinuationToken };
        }
        while (query.ContinuationToken is not null);

        var recovered = 0;
        foreach (var recording in found)
        {
            if (await FinaliseAsync(recording, cancellationToken).ConfigureAwait(false) is { } finalised)
            {
                LogRecovered(logger, finalised.InteractionId, finalised.Id, finalised.DurationMs, finalised.LostMs);
                recovered++;
            }
        }

        return recovered;
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await RecoverAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // Background loop boundary: a store failure is logged and the next sweep tries again.
                LogSweepFailed(logger, ex);
            }

            await Task.Delay(IdleAfter, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Finalises one recording as read by the sweep, or null when it is still being written or changed since it was
    /// read: the sweep reads the list first and each recording's chunks later, and a call may end in between (its
    /// recording completed by the plugin), so the metadata replaces only the version the sweep read.
    /// </summary>
    private async Task<VoiceRecording?> FinaliseAsync(StoredDocument<VoiceRecording> read, CancellationToken cancellationToken)
    {
        var recording = read.Value;
        var stored = new Dictionary<int, DateTimeOffset?>();
        var query = DocumentQuery.Where("recordingId", recording.Id) with { PageSize = DocumentQuery.MaxPageSize };
        do
        {
            var page = await store.Collection<VoiceRecordingChunk>(VoiceRecordingStore.Chunks).QueryAsync(query, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                stored[item.Value.Index] = item.Value.WrittenAt;
            }

            query = query with { ContinuationToken = page.ContinuationToken };
        }
        while (query.ContinuationToken is not null);

        var lastStored = stored.Values.Max() ?? recording.StartedAt;
        if (time.GetUtcNow() - lastStored < IdleAfter)
        {
            return null;
        }

        // Only full chunks are stored while a call runs, so the WAV is every chunk up to the last one stored.
        var count = stored.Count == 0 ? 1 : stored.Keys.Max() + 1;
        var length = stored.Count == 0 ? StereoWavWriter.HeaderSize : (long)count * VoiceRecordingStore.ChunkSize;
        var first = await recordings.ReadChunkAsync(recording.Id, 0, cancellationToken).ConfigureAwait(false)
            ?? new byte[stored.Count == 0 ? StereoWavWriter.HeaderSize : VoiceRecordingStore.ChunkSize];
        StereoWavWriter.WriteHeader(first, length - StereoWavWriter.HeaderSize);
        var batch = store.CreateBatch();
        batch.Upsert(VoiceRecordingStore.Chunks, VoiceRecordingStore.Key(recording.Id, 0), recordings.Chunk(recording.Id, 0, first));
        var missing = Enumerable.Range(0, count).Where(i => !stored.ContainsKey(i)).ToList();
        foreach (var index in missing.Where(i => i > 0))
        {
            batch.Upsert(VoiceRecordingStore.Chunks, VoiceRecordingStore.Key(recording.Id, index), recordings.Chunk(recording.Id, index, new byte[VoiceRecordingStore.ChunkSize]));
        }

        var finalised = recording with
        {
            State = VoiceRecording.Incomplete,
            EndedAt = lastStored,
            DurationMs = (length - StereoWavWriter.HeaderSize) * 1000 / StereoWavWriter.BytesPerSecond,
            LostMs = stored.Count == 0 ? 0 : (long)(VoiceRecordingStore.ChunkDuration * missing.Count).TotalMilliseconds,
            Length = length,
            Chunks = count,
        };
        batch.Replace(VoiceRecordingStore.Recordings, recording.Id, finalised, read.Version);
        try
        {
            await batch.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            // Completed (or stamped) since the sweep read it: it is not left behind, and nothing of the batch was written.
            return null;
        }

        return finalised;
    }

    [LoggerMessage(7055, LogLevel.Warning, "Recording {RecordingId} of interaction {InteractionId} was left in progress (the plugin stopped during the call): finalised as incomplete, {DurationMs} ms kept, {LostMs} ms missing")]
    private static partial void LogRecovered(ILogger logger, string interactionId, string recordingId, long durationMs, long lostMs);

    [LoggerMessage(7056, LogLevel.Error, "Recordings left in progress could not be finalised; the next sweep tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
