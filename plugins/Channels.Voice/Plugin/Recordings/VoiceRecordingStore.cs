using ContactCenter.Plugins.Channels.Voice.Media.Recording;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Security;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

/// <summary>
/// Keeps recordings in the plugin's store: metadata in <c>recordings</c>, the WAV in 64 KiB chunks encrypted by the
/// kernel's <see cref="ISensitiveDataProtector"/> (context binds recording id and position, so a chunk moved or
/// swapped does not decrypt). Chunks are stored while the call runs (<see cref="Open"/>; the metadata, state
/// <c>recording</c>, goes with the first one); the end writes chunk 0 with the final WAV header, the last chunk and
/// the metadata (state <c>complete</c>) in one atomic batch. Plugins have no blob seam yet; when the SDK gets one
/// the chunks move onto it (the metadata stays).
/// </summary>
internal sealed partial class VoiceRecordingStore(IPluginStore store, ISensitiveDataProtector protector, TimeProvider time, ILogger<VoiceRecordingStore> logger)
{
    public const string Recordings = "recordings";
    public const string Chunks = "recording-chunks";
    public const int ChunkSize = StereoWavWriter.ChunkSize;

    /// <summary>How often a metadata write that lost a race is read again and retried before the conflict is thrown.</summary>
    public const int MaxWriteAttempts = 5;

    /// <summary>How much audio one full chunk holds (the first one: a little less, after the header).</summary>
    public static readonly TimeSpan ChunkDuration = TimeSpan.FromSeconds(ChunkSize / (double)StereoWavWriter.BytesPerSecond);

    /// <summary>
    /// A recorder whose full chunks are encrypted and stored in the background as the call goes; the first one stores
    /// <paramref name="draft"/> too (state <c>recording</c>), so a crash leaves something <see cref="VoiceRecordingRecovery"/> finalises.
    /// </summary>
    public CallRecorder Open(VoiceRecording draft, int maxBufferedChunks = RecordingChunkWriter.DefaultMaxBufferedChunks)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var begun = false;
        var writer = new RecordingChunkWriter(
            async (index, data, cancellationToken) =>
            {
                // Encrypted first: without encryption at rest nothing at all is stored, not even the metadata.
                var chunk = Chunk(draft.Id, index, data);
                if (!begun)
                {
                    var started = time.GetUtcNow() - (ChunkDuration * (index + 1));
                    var inProgress = draft with { State = VoiceRecording.InProgress, StartedAt = started, EndedAt = started };
                    await store.Collection<VoiceRecording>(Recordings).UpsertAsync(draft.Id, inProgress, cancellationToken).ConfigureAwait(false);
                    begun = true;
                }

                await store.Collection<VoiceRecordingChunk>(Chunks).UpsertAsync(Key(draft.Id, index), chunk, cancellationToken).ConfigureAwait(false);
            },
            (index, error) =>
            {
                if (error is null)
                {
                    LogChunkDropped(logger, draft.InteractionId, draft.Id, index);
                }
                else
                {
                    LogChunkFailed(logger, draft.InteractionId, draft.Id, index, error);
                }
            },
            maxBufferedChunks);
        return new CallRecorder(draft.Id, writer);
    }

    /// <summary>
    /// Ends a recording: chunk 0 with its final header, the last chunk, silence for each chunk lost on the way and the
    /// metadata (state <c>complete</c>, sizes from <paramref name="wav"/>) in one atomic batch. The metadata replaces the
    /// version read just before, so a disposition stamped meanwhile (<see cref="SetDispositionAsync"/>, the interaction
    /// closing as the call ends) is kept, and a write that raced it is retried from a fresh read, never overwritten.
    /// </summary>
    public async Task<VoiceRecording> CompleteAsync(VoiceRecording recording, RecordedWav wav, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(wav);
        var chunks = wav.Tail.Select(t => (t.Index, Chunk: Chunk(wav.Id, t.Index, t.Data))).ToList();
        var lost = wav.Lost.Where(i => wav.Tail.All(t => t.Index != i)).ToList();
        chunks.AddRange(lost.Select(index => (index, Chunk(wav.Id, index, new byte[ChunkSize]))));
        var final = recording with
        {
            Id = wav.Id,
            State = VoiceRecording.Complete,
            DurationMs = (long)wav.Duration.TotalMilliseconds,
            Pauses = wav.Pauses,
            LostMs = (long)(ChunkDuration * lost.Count).TotalMilliseconds,
            Length = wav.Length,
            Chunks = wav.Chunks,
        };
        var collection = store.Collection<VoiceRecording>(Recordings);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await collection.GetAsync(wav.Id, cancellationToken).ConfigureAwait(false);
            var written = final with { Disposition = final.Disposition ?? stored?.Value.Disposition };
            var batch = store.CreateBatch();
            foreach (var (index, chunk) in chunks)
            {
                batch.Upsert(Chunks, Key(wav.Id, index), chunk);
            }

            if (stored is null)
            {
                batch.Insert(Recordings, wav.Id, written);
            }
            else
            {
                batch.Replace(Recordings, wav.Id, written, stored.Version);
            }

            try
            {
                await batch.CommitAsync(cancellationToken).ConfigureAwait(false);
                return written;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxWriteAttempts)
            {
                // Another writer (the disposition, the recovery sweep) changed the metadata since it was read: read again.
            }
        }
    }

    public async Task<VoiceRecording?> GetAsync(string recordingId, CancellationToken cancellationToken) =>
        (await store.Collection<VoiceRecording>(Recordings).GetAsync(recordingId, cancellationToken).ConfigureAwait(false))?.Value;

    /// <summary>One page of recordings matching the search, newest first (keyset paging by the store's continuation token).</summary>
    /// <exception cref="Sdk.Errors.InvalidRequestException">The continuation token is not one this query produced.</exception>
    public async Task<DocumentPage<VoiceRecording>> SearchAsync(VoiceRecordingSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        return await store.Collection<VoiceRecording>(Recordings).QueryAsync(search.ToQuery(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stamps the disposition (the call's reason) on every recording of a closed interaction. Each write replaces the
    /// version read: the interaction closes as the call ends, while the recording is being completed, so a blind write
    /// of what was read (state <c>recording</c>) would undo the completion; a conflict is read again and retried.
    /// </summary>
    public async Task SetDispositionAsync(string interactionId, string code, CancellationToken cancellationToken)
    {
        var collection = store.Collection<VoiceRecording>(Recordings);
        var page = await collection.QueryAsync(DocumentQuery.Where("interactionId", interactionId), cancellationToken).ConfigureAwait(false);
        foreach (var item in page.Items)
        {
            var stored = item;
            for (var attempt = 1; stored is not null && stored.Value.Disposition != code; attempt++)
            {
                try
                {
                    await collection.ReplaceAsync(stored.Id, stored.Value with { Disposition = code }, stored.Version, cancellationToken).ConfigureAwait(false);
                    break;
                }
                catch (ConcurrencyConflictException) when (attempt < MaxWriteAttempts)
                {
                    stored = await collection.GetAsync(item.Id, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>
    /// Writes bytes <paramref name="first"/> to <paramref name="last"/> (inclusive) of the decrypted WAV, decrypting only
    /// the chunks that hold them, one at a time (a range request never loads the whole recording).
    /// </summary>
    public async Task CopyRangeAsync(VoiceRecording recording, long first, long last, Func<ReadOnlyMemory<byte>, ValueTask> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(write);
        for (var index = (int)(first / ChunkSize); index <= (int)(last / ChunkSize); index++)
        {
            var plain = await ReadChunkAsync(recording.Id, index, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Recording {recording.Id} is missing chunk {index}.");
            var chunkStart = (long)index * ChunkSize;
            var from = (int)Math.Max(0, first - chunkStart);
            var to = (int)Math.Min(plain.Length - 1, last - chunkStart);
            await write(plain.AsMemory(from, to - from + 1)).ConfigureAwait(false);
        }
    }

    /// <summary>One chunk decrypted, or null when it was never stored.</summary>
    public async Task<byte[]?> ReadChunkAsync(string recordingId, int index, CancellationToken cancellationToken)
    {
        var chunk = await store.Collection<VoiceRecordingChunk>(Chunks).GetAsync(Key(recordingId, index), cancellationToken).ConfigureAwait(false);
        return chunk is null ? null : await protector.UnprotectAsync(chunk.Value.Data, Context(recordingId, index), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A chunk encrypted for its place (recording id and index bound as context), stamped with the time.</summary>
    public VoiceRecordingChunk Chunk(string recordingId, int index, ReadOnlySpan<byte> plain) =>
        new() { RecordingId = recordingId, Index = index, Data = protector.Protect(plain, Context(recordingId, index)), WrittenAt = time.GetUtcNow() };

    public static string Key(string recordingId, int index) => $"{recordingId}:{index}";

    private static string Context(string recordingId, int index) => $"voice-recording:{recordingId}:{index}";

    [LoggerMessage(7053, LogLevel.Warning, "Recording {RecordingId} of interaction {InteractionId}: chunk {Index} dropped, storage is behind (silence stands in for it)")]
    private static partial void LogChunkDropped(ILogger logger, string interactionId, string recordingId, int index);

    [LoggerMessage(7054, LogLevel.Error, "Recording {RecordingId} of interaction {InteractionId}: chunk {Index} could not be stored (silence stands in for it)")]
    private static partial void LogChunkFailed(ILogger logger, string interactionId, string recordingId, int index, Exception exception);
}
