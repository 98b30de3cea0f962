using ContactCenter.Sdk.Security;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.Voice.Plugin;

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

    /// <summary>The decrypted WAV of a recording, or null when there is none.</summary>
    public async Task<byte[]?> ReadAsync(string recordingId, CancellationToken cancellationToken)
    {
        if (await store.Collection<VoiceRecording>(Recordings).GetAsync(recordingId, cancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return null;
        }

        using var wav = new MemoryStream();
        var chunks = store.Collection<VoiceRecordingChunk>(Chunks);
        for (var i = 0; i < stored.Value.Chunks; i++)
        {
            var chunk = await chunks.GetAsync($"{recordingId}:{i}", cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Recording {recordingId} is missing chunk {i}.");
            wav.Write(await protector.UnprotectAsync(chunk.Value.Data, Context(recordingId, i), cancellationToken).ConfigureAwait(false));
        }

        return wav.ToArray();
    }

    private static string Context(string recordingId, int index) => $"voice-recording:{recordingId}:{index}";
}
