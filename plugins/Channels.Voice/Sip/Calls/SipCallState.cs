namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>Where an inbound call stands from the application's side.</summary>
internal enum SipCallState
{
    Offered,
    Ringing,
    Answered,
    Ended,
}
