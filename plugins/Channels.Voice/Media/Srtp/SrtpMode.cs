namespace ContactCenter.Plugins.Channels.Voice.Media.Srtp;

/// <summary>
/// The <c>srtp</c> setting. SDES keys travel in the SDP, so SRTP is only ever negotiated over TLS signalling.
/// </summary>
internal enum SrtpMode
{
    /// <summary>No SRTP: we offer RTP/AVP and an RTP/SAVP offer gets 488.</summary>
    Off,

    /// <summary>
    /// The default: RTP/SAVP offers over TLS are answered with SRTP, plain offers with RTP; phones registered over
    /// TLS are offered RTP/SAVP, the others RTP/AVP.
    /// </summary>
    Optional,

    /// <summary>As optional, and a call over TLS must be SRTP: an RTP/AVP offer over TLS gets 488, and a phone
    /// registered over UDP/TCP is not rung.</summary>
    Mandatory,
}
