namespace ContactCenter.Plugins.Channels.Voice.Media.Mixing;

/// <summary>Who a participant of a call's mix is.</summary>
internal enum MixerRole
{
    /// <summary>The caller (or the called customer of an outbound call).</summary>
    Customer,

    /// <summary>The agent handling the call.</summary>
    Agent,

    /// <summary>A supervisor monitoring the call; what they say depends on <see cref="MonitorMode"/>.</summary>
    Supervisor,

    /// <summary>A third party of a 3-way conference: hears everyone, heard by everyone.</summary>
    Conference,

    /// <summary>Music on hold: heard only by a held customer, recorded on the platform side (what the customer heard).</summary>
    Music,
}
