using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// Takes INVITE and ACK, which do not fit the one-request-one-final-response shape of <see cref="ISipRequestHandler"/>:
/// INVITE has provisional responses, its own transaction and retransmitted 2xx; ACK has no response at all.
/// </summary>
internal interface ISipInviteHandler
{
    /// <summary>The server core hands itself over once composed.</summary>
    void Attach(ISipSender sender);

    ValueTask OnInviteAsync(SipRequest invite, SipSource source);

    ValueTask OnAckAsync(SipRequest ack, SipSource source);

    /// <summary>A response no client transaction claims: a retransmitted 2xx to one of our INVITEs is ACKed again (§13.2.2.4).</summary>
    ValueTask OnStrayResponseAsync(SipResponse response);

    /// <summary>The BYE and CANCEL handlers (non-INVITE transactions, answered through the server core's table).</summary>
    IEnumerable<ISipRequestHandler> Handlers { get; }
}
