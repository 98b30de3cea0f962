using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip;

/// <summary>Answers one request method (REGISTER, OPTIONS...) with a final response.</summary>
internal interface ISipRequestHandler
{
    string Method { get; }

    ValueTask<SipResponse> HandleAsync(SipRequest request, SipSource source, CancellationToken cancellationToken);
}
