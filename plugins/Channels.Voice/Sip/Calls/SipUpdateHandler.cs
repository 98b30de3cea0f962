using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// UPDATE (RFC 3311) in a confirmed dialog: a session refresh (RFC 4028 §7.4 lets the refresher use it). Without SDP
/// it is answered 200 and, on a caller's leg with a session timer, restarts the timer exactly like a re-INVITE
/// refresh; with an SDP offer the media are renegotiated as by a re-INVITE (488 when nothing is acceptable). An
/// UPDATE outside any dialog of ours (no To tag, unknown dialog, or a dialog already ended) gets 481.
/// </summary>
internal sealed class SipUpdateHandler(SipCallManager calls) : ISipRequestHandler
{
    public string Method => SipMethods.Update;

    public ValueTask<SipResponse> HandleAsync(SipRequest request, SipSource source, CancellationToken cancellationToken)
    {
        var (call, leg) = calls.FindDialog(request);
        var response = call?.OnUpdate(request) ?? leg?.OnUpdate(request) ?? SipResponse.CreateFor(request, SipStatusCodes.CallDoesNotExist, "UPDATE outside a dialog");
        return ValueTask.FromResult(response);
    }
}
