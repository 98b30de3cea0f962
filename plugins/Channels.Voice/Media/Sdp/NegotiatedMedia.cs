using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;

namespace ContactCenter.Plugins.Channels.Voice.Media.Sdp;

/// <summary>
/// What offer/answer agreed for the audio stream: where to send RTP and RTCP (null while the peer holds with
/// 0.0.0.0 or the stream is rejected), the G.711 payload type, the telephone-event payload type if both support it,
/// the direction from our side, and the SRTP keys when the stream is RTP/SAVP (SDES).
/// </summary>
internal sealed record NegotiatedMedia(IPEndPoint? RemoteRtp, IPEndPoint? RemoteRtcp, int PayloadType, int? TelephoneEvent, SdpDirection Direction, SrtpKeying? Srtp = null)
{
    public bool ALaw => PayloadType == 8;

    public bool CanSend => RemoteRtp is not null && Direction is SdpDirection.SendRecv or SdpDirection.SendOnly;
}
