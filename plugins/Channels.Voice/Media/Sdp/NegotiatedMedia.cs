using System.Net;

namespace ContactCenter.Plugins.Channels.Voice.Media.Sdp;

/// <summary>
/// What offer/answer agreed for the audio stream: where to send RTP and RTCP (null while the peer holds with
/// 0.0.0.0 or the stream is rejected), the G.711 payload type, the telephone-event payload type if both support it,
/// and the direction from our side.
/// </summary>
internal sealed record NegotiatedMedia(IPEndPoint? RemoteRtp, IPEndPoint? RemoteRtcp, int PayloadType, int? TelephoneEvent, SdpDirection Direction)
{
    public bool ALaw => PayloadType == 8;

    public bool CanSend => RemoteRtp is not null && Direction is SdpDirection.SendRecv or SdpDirection.SendOnly;
}
