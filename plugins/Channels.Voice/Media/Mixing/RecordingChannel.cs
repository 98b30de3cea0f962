namespace ContactCenter.Plugins.Channels.Voice.Media.Mixing;

/// <summary>The two channels of a stereo call recording.</summary>
internal enum RecordingChannel
{
    /// <summary>Left: the customer.</summary>
    Customer,

    /// <summary>Right: the agent side.</summary>
    Agent,
}
