using System.Globalization;
using System.Net;

namespace ContactCenter.Plugins.Channels.Voice.Media.Sdp;

/// <summary>
/// RFC 3264 offer/answer for one audio stream with G.711 (PCMU 0, PCMA 8) and RFC 4733 telephone-event. The answer
/// has as many m= sections as the offer; the first acceptable audio stream is accepted with the offerer's most
/// preferred G.711 codec, every other one is rejected with port 0 (§6).
/// </summary>
internal static class SdpNegotiator
{
    public const int TelephoneEventPayloadType = 101;

    /// <summary>Our offer: PCMU, PCMA and telephone-event 0-16.</summary>
    public static SdpSession Offer(string address, int rtpPort, int rtcpPort, ulong sessionId, ulong version, SdpDirection direction = SdpDirection.SendRecv)
    {
        var media = AudioMedia(rtpPort, rtcpPort, direction, ["0", "8"], TelephoneEventPayloadType);
        return new SdpSession { SessionId = sessionId, Version = version, OriginAddress = address, ConnectionAddress = address, Media = [media] };
    }

    /// <summary>Answers <paramref name="offer"/>; null when no audio stream is acceptable (the caller answers 488).</summary>
    public static (SdpSession Answer, NegotiatedMedia Media)? Answer(SdpSession offer, string address, int rtpPort, int rtcpPort, ulong sessionId, ulong version)
    {
        NegotiatedMedia? chosen = null;
        var answer = new SdpSession { SessionId = sessionId, Version = version, OriginAddress = address, ConnectionAddress = address };
        foreach (var offered in offer.Media)
        {
            var accepted = chosen is null ? TryAccept(offer, offered) : null;
            if (accepted is null)
            {
                answer.Media.Add(new SdpMedia { Media = offered.Media, Port = 0, Protocol = offered.Protocol, Formats = [.. offered.Formats.Take(1)] });
                continue;
            }

            chosen = accepted;
            var formats = new List<string> { accepted.PayloadType.ToString(CultureInfo.InvariantCulture) };
            answer.Media.Add(AudioMedia(rtpPort, rtcpPort, accepted.Direction, formats, accepted.TelephoneEvent));
        }

        return chosen is null ? null : (answer, chosen);
    }

    /// <summary>Reads the answer to our <see cref="Offer"/>; null when it rejected audio or chose no G.711 codec.</summary>
    public static NegotiatedMedia? AcceptAnswer(SdpSession answer) =>
        answer.Media.Count > 0 && answer.Media[0].Port != 0 ? TryAccept(answer, answer.Media[0]) : null;

    private static NegotiatedMedia? TryAccept(SdpSession session, SdpMedia media)
    {
        if (media.Media != "audio" || media.Protocol != "RTP/AVP" || media.Port == 0)
        {
            return null;
        }

        int? codec = null;
        int? events = null;
        foreach (var format in media.Formats)
        {
            if (!int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out var payloadType))
            {
                continue;
            }

            var encoding = media.EncodingOf(payloadType);
            if (codec is null && (payloadType is 0 or 8) && encoding is "PCMU" or "PCMA")
            {
                codec = payloadType;
            }
            else if (events is null && string.Equals(encoding, "telephone-event", StringComparison.OrdinalIgnoreCase))
            {
                events = payloadType;
            }
        }

        if (codec is not int chosen)
        {
            return null;
        }

        var address = session.AddressOf(media);
        var held = address is null || !IPAddress.TryParse(address, out var ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any);
        var rtp = held ? null : new IPEndPoint(IPAddress.Parse(address!), media.Port);
        var rtcp = rtp is null ? null : new IPEndPoint(rtp.Address, media.RtcpPort ?? media.Port + 1);
        return new NegotiatedMedia(rtp, rtcp, chosen, events, Reverse(media.Direction));
    }

    private static SdpDirection Reverse(SdpDirection offered) => offered switch
    {
        SdpDirection.SendOnly => SdpDirection.RecvOnly,
        SdpDirection.RecvOnly => SdpDirection.SendOnly,
        SdpDirection.Inactive => SdpDirection.Inactive,
        _ => SdpDirection.SendRecv,
    };

    private static SdpMedia AudioMedia(int rtpPort, int rtcpPort, SdpDirection direction, List<string> formats, int? telephoneEvent)
    {
        var media = new SdpMedia { Media = "audio", Port = rtpPort, Protocol = "RTP/AVP", Formats = formats, Direction = direction, Ptime = 20 };
        foreach (var format in formats)
        {
            var payloadType = int.Parse(format, CultureInfo.InvariantCulture);
            media.RtpMaps[payloadType] = payloadType == 8 ? "PCMA/8000" : "PCMU/8000";
        }

        if (telephoneEvent is int events)
        {
            formats.Add(events.ToString(CultureInfo.InvariantCulture));
            media.RtpMaps[events] = "telephone-event/8000";
            media.Fmtps[events] = "0-16";
        }

        if (rtcpPort != rtpPort + 1)
        {
            media.RtcpPort = rtcpPort;
        }

        return media;
    }
}
