namespace ContactCenter.Sdk.Voice;

/// <summary>Where a live call is.</summary>
public enum VoiceCallState
{
    /// <summary>Not answered yet (the caller hears ringing).</summary>
    Ringing,

    /// <summary>Answered by the platform (greeting, menu, music while queued, or answered for an agent without a phone).</summary>
    Answered,

    /// <summary>Bridged to an agent's phone.</summary>
    Bridged,

    /// <summary>Bridged and on hold.</summary>
    Held,

    /// <summary>Over (hung up); kept until the plugin forgets it.</summary>
    Ended,

    /// <summary>
    /// Not answered yet, and the called network already sends audio (early media: ringback, announcements) on a call
    /// we placed; becomes <see cref="Answered"/> on the answer, or <see cref="Ended"/> when it is refused or cancelled.
    /// </summary>
    EarlyMedia,
}
