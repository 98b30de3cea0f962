namespace ContactCenter.Plugins.Channels.Voice.Media.Mixing;

/// <summary>How a supervisor takes part in a call. A supervisor always hears the customer and the agent.</summary>
internal enum MonitorMode
{
    /// <summary>Silent monitoring: heard by nobody.</summary>
    Listen,

    /// <summary>Coaching: heard by the agent only, never by the customer (and never in the customer's recording channel).</summary>
    Whisper,

    /// <summary>Barge-in: heard by the customer and the agent.</summary>
    Barge,
}
