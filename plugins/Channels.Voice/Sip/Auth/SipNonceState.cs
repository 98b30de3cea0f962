namespace ContactCenter.Plugins.Channels.Voice.Sip.Auth;

internal enum SipNonceState
{
    Invalid,
    Valid,
    Stale,
}
