namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// Decides what happens to an inbound call: ring, answer, play, reject, hang up. Called once per new INVITE on a
/// worker task (never on the transport's receive loop), after 100 Trying was sent and the SDP offer was accepted.
/// </summary>
internal interface ISipCallApplication
{
    Task OnIncomingCallAsync(SipCall call, CancellationToken cancellationToken);
}
