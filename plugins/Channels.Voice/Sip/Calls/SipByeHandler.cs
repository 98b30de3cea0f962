using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>BYE (RFC 3261 §15.1.2): ends the matching dialog with 200, or 481 when there is none.</summary>
internal sealed class SipByeHandler(SipCallManager calls) : ISipRequestHandler
{
    public string Method => SipMethods.Bye;

    public ValueTask<SipResponse> HandleAsync(SipRequest request, SipSource source, CancellationToken cancellationToken)
    {
        var tag = request.To?.Tag;
        var remoteTag = request.From?.Tag ?? string.Empty;
        var call = tag is null ? null : calls.Find(request.CallId!, tag);
        var outbound = tag is null ? null : calls.FindOutbound(request.CallId!, tag);
        var response = call is not null && string.Equals(call.Dialog.RemoteTag, remoteTag, StringComparison.Ordinal)
            ? call.OnBye(request)
            : outbound?.Dialog is { } dialog && string.Equals(dialog.RemoteTag, remoteTag, StringComparison.Ordinal)
                ? outbound.OnBye(request)
                : SipResponse.CreateFor(request, SipStatusCodes.CallDoesNotExist);
        return ValueTask.FromResult(response);
    }
}
