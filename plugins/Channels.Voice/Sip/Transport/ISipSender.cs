using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transport;

/// <summary>What the call layer needs from the server core: raw sends back to a peer, our sent-by, and client transactions.</summary>
internal interface ISipSender
{
    /// <summary>Bytes to the peer: on its stream connection, or by UDP to <paramref name="destination"/> (default: the peer's address).</summary>
    ValueTask SendRawAsync(byte[] bytes, SipSource peer, System.Net.IPEndPoint? destination = null);

    /// <summary>host:port for our Via and Contact on the transport <paramref name="peer"/> arrived on.</summary>
    string SentBy(SipSource peer);

    /// <summary>Sends <paramref name="request"/> in a new client transaction; the task completes with its final response.</summary>
    Task<SipResponse> SendRequestAsync(SipRequest request, SipSource peer, System.Net.IPEndPoint destination);

    /// <summary>As <see cref="SendRequestAsync(SipRequest, SipSource, System.Net.IPEndPoint)"/>, with each provisional response reported.</summary>
    Task<SipResponse> SendRequestAsync(SipRequest request, SipSource peer, System.Net.IPEndPoint destination, Action<SipResponse>? provisional);

    /// <summary>The UDP transport to send a new request from towards <paramref name="remote"/> (a call we originate).</summary>
    SipSource OutboundUdp(System.Net.IPEndPoint remote);

    SipTimers Timers { get; }
}
