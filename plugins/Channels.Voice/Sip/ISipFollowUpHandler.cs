using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip;

/// <summary>A handler with work to do once its response is on the wire (CANCEL: the INVITE's 487 after the CANCEL's 200).</summary>
internal interface ISipFollowUpHandler
{
    ValueTask AfterResponseAsync(SipRequest request, SipResponse response);
}
