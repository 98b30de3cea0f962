namespace ContactCenter.Sdk.Domain;

/// <summary>Someone or something taking part in an interaction.</summary>
public sealed record Participant
{
    /// <summary>The role of the participant.</summary>
    public required ParticipantRole Role { get; init; }

    /// <summary>The agent, contact, bot or external address the participant is.</summary>
    public required string Reference { get; init; }

    /// <summary>How the participant is heard or seen (supervisor modes).</summary>
    public ParticipationMode Mode { get; init; } = ParticipationMode.Normal;

    /// <summary>When the participant joined.</summary>
    public required DateTimeOffset JoinedAt { get; init; }

    /// <summary>When the participant left; <see langword="null"/> while present.</summary>
    public DateTimeOffset? LeftAt { get; init; }
}
