namespace ContactCenter.Plugins.Channels.Voice.Media.Mixing;

/// <summary>The one rule of who hears whom in a call's mix (supervisor modes, 3-way conference) and what is recorded where.</summary>
internal static class MixPolicy
{
    /// <summary>True when <paramref name="listener"/> hears <paramref name="speaker"/>. Nobody hears themselves.</summary>
    public static bool Hears(MixerParticipant listener, MixerParticipant speaker)
    {
        if (ReferenceEquals(listener, speaker))
        {
            return false;
        }

        // Hold: the held customer hears the music only, and nobody hears them; the music reaches nobody else.
        if (speaker.Role is MixerRole.Music || (listener.Role is MixerRole.Customer && listener.Held))
        {
            return speaker.Role is MixerRole.Music && listener.Role is MixerRole.Customer && listener.Held;
        }

        if (speaker.Role is MixerRole.Customer && speaker.Held)
        {
            return false;
        }

        if (speaker.Role is not MixerRole.Supervisor)
        {
            return true;
        }

        return speaker.Mode switch
        {
            MonitorMode.Barge => true,
            MonitorMode.Whisper => listener.Role is MixerRole.Agent,
            _ => false,
        };
    }

    /// <summary>
    /// The recording's channels: the customer's voice on the left; the platform side (agent, conference parties,
    /// barging supervisors, and the music on hold the held customer hears from us) on the right. Listening and
    /// whispering supervisors are recorded nowhere, so coaching never reaches the customer's channel.
    /// </summary>
    public static RecordingChannel? RecordedOn(MixerParticipant speaker) => speaker.Role switch
    {
        MixerRole.Customer => RecordingChannel.Customer,
        MixerRole.Supervisor when speaker.Mode is not MonitorMode.Barge => null,
        _ => RecordingChannel.Agent,
    };
}
