using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>BYE (RFC 3261 §15.1.2): ends the matching dialog with 200, or 481 when there is none.</summary>
internal sealed class SipByeHandler(SipCallManager calls) : ISipRequestHandler
{
    public string Method => SipMethods.Bye;

    public ValueTask<SipResponse> HandleAsync(SipRequest request, SipSource source, CancellationToken cancellationToken)
    {
        var (call, leg) = calls.FindDialog(request);
        var response = call?.OnBye(request) ?? leg?.OnBye(request) ?? SipResponse.CreateFor(request, SipStatusCodes.CallDoesNotExist);
        return ValueTask.FromResult(response);
    }
}
