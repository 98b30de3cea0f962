namespace ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

/// <summary>Where a registration to a provider stands.</summary>
internal enum SipRegistrationState
{
    Unregistered,
    Registering,
    Registered,
    Failed,
}
