namespace ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

/// <summary>One encrypted piece of a recording's WAV (collection <c>recording-chunks</c>, id <c>{recordingId}:{index}</c>).</summary>
internal sealed record VoiceRecordingChunk
{
    public required string RecordingId { get; init; }

    public required int Index { get; init; }

    /// <summary>Encrypted by the kernel's data protector with the recording id and index bound as context.</summary>
    public required byte[] Data { get; init; }

    /// <summary>When it was stored (a recording finalised after a crash ends at its last chunk's time).</summary>
    public DateTimeOffset? WrittenAt { get; init; }
}
