using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip;

/// <summary>OPTIONS (RFC 3261 §11): 200 with what we allow; phones and trunks use it as a keep-alive.</summary>
internal sealed class SipOptionsHandler(Func<string> allow) : ISipRequestHandler
{
    public string Method => SipMethods.Options;

    public ValueTask<SipResponse> HandleAsync(SipRequest request, SipSource source, CancellationToken cancellationToken)
    {
        var response = SipResponse.CreateFor(request, SipStatusCodes.Ok, toTag: SipTags.New());
        response.Headers.Add(SipHeaderNames.Allow, allow());
        response.Headers.Add("Accept", "application/sdp");
        return ValueTask.FromResult(response);
    }
}
