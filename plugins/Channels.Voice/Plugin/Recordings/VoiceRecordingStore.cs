using ContactCenter.Sdk.Security;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

/// <summary>
/// Keeps recordings in the plugin's store: metadata in <c>recordings</c>, the WAV in 64 KiB chunks encrypted by the
/// kernel's <see cref="ISensitiveDataProtector"/> (context binds recording id and position, so a chunk moved or
/// swapped does not decrypt), all written in one atomic batch. Plugins have no blob seam yet; when the SDK gets one
/// this store moves onto it (the metadata stays).
/// </summary>
internal sealed class VoiceRecordingStore(IPluginStore store, ISensitiveDataProtector protector)
{
    public const string Recordings = "recordings";
    public const string Chunks = "recording-chunks";
    private const int ChunkSize = 64 * 1024;

    public async Task SaveAsync(VoiceRecording recording, byte[] wav, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        ArgumentNullException.ThrowIfNull(wav);
        var batch = store.CreateBatch();
        var count = 0;
        for (var offset = 0; offset < wav.Length; offset += ChunkSize, count++)
        {
            var piece = wav.AsSpan(offset, Math.Min(ChunkSize, wav.Length - offset));
            var chunk = new VoiceRecordingChunk { RecordingId = recording.Id, Index = count, Data = protector.Protect(piece, Context(recording.Id, count)) };
            batch.Insert(Chunks, $"{recording.Id}:{count}", chunk);
        }

        batch.Insert(Recordings, recording.Id, recording with { Chunks = count, Length = wav.Length });
        await batch.CommitAsync(cancellationToken).ConfigureAwait(false);
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

    /// <summary>Stamps the disposition (the call's reason) on every recording of a closed interaction.</summary>
    public async Task SetDispositionAsync(string interactionId, string code, CancellationToken cancellationToken)
    {
        var collection = store.Collection<VoiceRecording>(Recordings);
        var page = await collection.QueryAsync(DocumentQuery.Where("interactionId", interactionId), cancellationToken).ConfigureAwait(false);
        foreach (var stored in page.Items.Where(r => r.Value.Disposition != code))
        {
            // Last writer wins is right here: the disposition is the only field that changes after the recording is saved.
            await collection.UpsertAsync(stored.Id, stored.Value with { Disposition = code }, cancellationToken).ConfigureAwait(false);
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
        var chunks = store.Collection<VoiceRecordingChunk>(Chunks);
        for (var index = (int)(first / ChunkSize); index <= (int)(last / ChunkSize); index++)
        {
            var chunk = await chunks.GetAsync($"{recording.Id}:{index}", cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Recording {recording.Id} is missing chunk {index}.");
            var plain = await protector.UnprotectAsync(chunk.Value.Data, Context(recording.Id, index), cancellationToken).ConfigureAwait(false);
            var chunkStart = (long)index * ChunkSize;
            var from = (int)Math.Max(0, first - chunkStart);
            var to = (int)Math.Min(plain.Length - 1, last - chunkStart);
            await write(plain.AsMemory(from, to - from + 1)).ConfigureAwait(false);
        }
    }

    private static string Context(string recordingId, int index) => $"voice-recording:{recordingId}:{index}";
}
