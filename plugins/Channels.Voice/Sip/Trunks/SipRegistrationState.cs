namespace ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

/// <summary>Where a registration to a provider stands.</summary>
internal enum SipRegistrationState
{
    Unregistered,
    Registering,
    Registered,
    Failed,

    /// <summary>The registrar's host could not be resolved (e.g. NXDOMAIN) or none of its endpoints connected.</summary>
    Unreachable,
}
