namespace ContactCenter.Sdk.Voice;

/// <summary>How a supervisor takes part in a call; they always hear the customer and the agent.</summary>
public enum VoiceMonitorMode
{
    /// <summary>Silent monitoring: heard by nobody.</summary>
    Listen,

    /// <summary>Coaching: heard by the agent only, never by the customer nor in the customer's recording channel.</summary>
    Whisper,

    /// <summary>Barge-in: heard by the customer and the agent.</summary>
    Barge,
}
