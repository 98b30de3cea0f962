namespace ContactCenter.Plugins.Channels.Voice.Media.Srtp;

/// <summary>
/// The <c>srtp</c> setting. SDES keys travel in the SDP, so SRTP is only ever negotiated over TLS signalling.
/// </summary>
internal enum SrtpMode
{
    /// <summary>No SRTP: we offer RTP/AVP and an RTP/SAVP offer gets 488.</summary>
    Off,

    /// <summary>
    /// The default: RTP/SAVP offers over TLS are answered with SRTP, RTP/AVP offers with RTP (or SRTP when they carry
    /// crypto lines: best effort). Phones registered over TLS are offered RTP/AVP with crypto lines, so a phone
    /// without SRTP still answers with plain RTP; others get plain RTP/AVP.
    /// </summary>
    Optional,

    /// <summary>A call over TLS must be SRTP: an RTP/AVP offer over TLS gets 488, phones are offered RTP/SAVP only, and
    /// a phone registered over UDP/TCP is not rung.</summary>
    Mandatory,
}
