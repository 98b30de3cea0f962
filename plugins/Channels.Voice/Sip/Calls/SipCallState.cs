namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>Where an inbound call stands from the application's side.</summary>
internal enum SipCallState
{
    Offered,
    Ringing,

    /// <summary>183 Session Progress with our SDP answer sent: media flows, the 200 OK has not gone out (RFC 3960).</summary>
    EarlyMedia,
    Answered,
    Ended,
}
