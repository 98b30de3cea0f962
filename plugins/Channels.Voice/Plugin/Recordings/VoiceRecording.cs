namespace ContactCenter.Plugins.Channels.Voice.Plugin.Recordings;

/// <summary>
/// A call recording's metadata (collection <c>recordings</c>), so recordings can be found by interaction, phone
/// number, agent, queue, line, disposition or date; the audio is a stereo WAV split in encrypted chunks (<c>recording-chunks</c>).
/// </summary>
internal sealed record VoiceRecording
{
    public const string Inbound = "inbound";
    public const string Outbound = "outbound";

    /// <summary>Being recorded: chunks are stored as the call goes; not listed by default.</summary>
    public const string InProgress = "recording";

    /// <summary>Stored to the end of the call.</summary>
    public const string Complete = "complete";

    /// <summary>Left <see cref="InProgress"/> by a crash and finalised at the next start from the chunks stored.</summary>
    public const string Incomplete = "incomplete";

    public required string Id { get; init; }

    public required string InteractionId { get; init; }

    /// <summary>The calling number (From user part): the customer inbound, our line's caller id outbound.</summary>
    public string? From { get; init; }

    /// <summary>The dialled line or DID inbound, the customer's number outbound.</summary>
    public string? To { get; init; }

    /// <summary><c>inbound</c> (the customer called) or <c>outbound</c> (a call placed through a trunk).</summary>
    public string Direction { get; init; } = Inbound;

    /// <summary>
    /// The customer's number normalised by <see cref="VoicePhoneNumber"/> (E.164 when international), the caller
    /// inbound and the called party outbound; what "by phone" searches.
    /// </summary>
    public string? CallerNumber { get; init; }

    public string? AgentId { get; init; }

    public string? QueueId { get; init; }

    /// <summary>The disposition code the interaction was closed with (the reason of the call), once it is closed.</summary>
    public string? Disposition { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset EndedAt { get; init; }

    public required long DurationMs { get; init; }

    /// <summary>How many times recording was paused (silence kept in its place).</summary>
    public int Pauses { get; init; }

    public string Format { get; init; } = "audio/wav; channels=2 (left customer, right agent); rate=8000; bits=16";

    /// <summary><see cref="InProgress"/>, <see cref="Complete"/> or <see cref="Incomplete"/>.</summary>
    public string State { get; init; } = Complete;

    /// <summary>Audio lost because storage was behind or failed (silence stands in for it, so the timeline stays true).</summary>
    public long LostMs { get; init; }

    public required long Length { get; init; }

    public required int Chunks { get; init; }
}
