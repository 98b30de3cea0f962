using System.Globalization;
using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;

namespace ContactCenter.Plugins.Channels.Voice.Media.Sdp;

/// <summary>
/// RFC 3264 offer/answer for one audio stream with G.711 (PCMU 0, PCMA 8) and RFC 4733 telephone-event. The answer
/// has as many m= sections as the offer; the first acceptable audio stream is accepted with the offerer's most
/// preferred G.711 codec, every other one is rejected with port 0 (§6). RTP/SAVP streams are keyed with SDES
/// (RFC 4568): answered with the first usable <c>a=crypto</c> line's tag and suite and our own key, as
/// <see cref="SdesPolicy"/> allows.
/// </summary>
internal static class SdpNegotiator
{
    public const int TelephoneEventPayloadType = 101;

    public const string Rtp = "RTP/AVP";

    public const string SecureRtp = "RTP/SAVP";

    /// <summary>
    /// Our offer: PCMU, PCMA and telephone-event 0-16; with <paramref name="cryptos"/>, RTP/SAVP when
    /// <paramref name="secureOnly"/>, else best-effort SRTP (RTP/AVP carrying the crypto lines).
    /// </summary>
    public static SdpSession Offer(string address, int rtpPort, int rtcpPort, ulong sessionId, ulong version, SdpDirection direction = SdpDirection.SendRecv, IReadOnlyList<SdpCrypto>? cryptos = null, bool secureOnly = false)
    {
        var media = AudioMedia(rtpPort, rtcpPort, direction, ["0", "8"], TelephoneEventPayloadType, cryptos ?? [], secureOnly && cryptos is { Count: > 0 } ? SecureRtp : Rtp);
        return new SdpSession { SessionId = sessionId, Version = version, OriginAddress = address, ConnectionAddress = address, Media = [media] };
    }

    /// <summary>Answers <paramref name="offer"/> without SRTP; null when no audio stream is acceptable (the caller answers 488).</summary>
    public static (SdpSession Answer, NegotiatedMedia Media)? Answer(SdpSession offer, string address, int rtpPort, int rtcpPort, ulong sessionId, ulong version) =>
        Answer(offer, address, rtpPort, rtcpPort, sessionId, version, SdesPolicy.Off, out _);

    /// <summary>
    /// Answers <paramref name="offer"/> under <paramref name="policy"/>; null when no audio stream is acceptable, with
    /// <paramref name="refusal"/> saying why when it was about security (for the 488's Warning; never a key).
    /// </summary>
    public static (SdpSession Answer, NegotiatedMedia Media)? Answer(SdpSession offer, string address, int rtpPort, int rtcpPort, ulong sessionId, ulong version, SdesPolicy policy, out string? refusal)
    {
        refusal = null;
        NegotiatedMedia? chosen = null;
        var answer = new SdpSession { SessionId = sessionId, Version = version, OriginAddress = address, ConnectionAddress = address };
        foreach (var offered in offer.Media)
        {
            var accepted = chosen is null ? TryAccept(offer, offered) : null;
            SdpCrypto? crypto = null;
            if (accepted is not null && Secure(offered, policy, out crypto) is { } problem)
            {
                refusal ??= problem;
                accepted = null;
            }

            if (accepted is null)
            {
                answer.Media.Add(new SdpMedia { Media = offered.Media, Port = 0, Protocol = offered.Protocol, Formats = [.. offered.Formats.Take(1)] });
                continue;
            }

            List<SdpCrypto> ours = [];
            if (crypto is not null)
            {
                var local = new SdpCrypto(crypto.Tag, crypto.Suite, policy.LocalKeySalt);
                ours.Add(local);
                accepted = accepted with { Srtp = new SrtpKeying(crypto.Suite, local.KeySalt, crypto.KeySalt) };
            }

            chosen = accepted;
            var formats = new List<string> { accepted.PayloadType.ToString(CultureInfo.InvariantCulture) };
            answer.Media.Add(AudioMedia(rtpPort, rtcpPort, accepted.Direction, formats, accepted.TelephoneEvent, ours, offered.Protocol));
        }

        return chosen is null ? null : (answer, chosen);
    }

    /// <summary>
    /// Reads the answer to our <see cref="Offer"/>; null when it rejected audio, chose no G.711 codec, or does not
    /// match our offer's security: an answer with one of our crypto tags and its suite (and the peer's key) is SRTP;
    /// without one it is plain RTP, acceptable only to a best-effort offer (<paramref name="secureOnly"/> false).
    /// </summary>
    public static NegotiatedMedia? AcceptAnswer(SdpSession answer, IReadOnlyList<SdpCrypto>? offered = null, bool secureOnly = false)
    {
        if (answer.Media.Count == 0 || answer.Media[0].Port == 0 || TryAccept(answer, answer.Media[0]) is not { } accepted)
        {
            return null;
        }

        var media = answer.Media[0];
        if (offered is not { Count: > 0 })
        {
            return media.Protocol == Rtp ? accepted : null;
        }

        if (media.Protocol != (secureOnly ? SecureRtp : Rtp))
        {
            return null;
        }

        foreach (var line in media.Cryptos)
        {
            if (SdpCrypto.TryParse(line, out _) is { } theirs && offered.FirstOrDefault(o => o.Tag == theirs.Tag && o.Suite == theirs.Suite) is { } ours)
            {
                return accepted with { Srtp = new SrtpKeying(ours.Suite, ours.KeySalt, theirs.KeySalt) };
            }
        }

        return secureOnly ? null : accepted;
    }

    /// <summary>Whether <paramref name="offered"/>'s protocol is acceptable under <paramref name="policy"/>; the reason when not.</summary>
    private static string? Secure(SdpMedia offered, SdesPolicy policy, out SdpCrypto? crypto)
    {
        crypto = null;
        if (offered.Protocol == Rtp)
        {
            if (policy is { Mode: SrtpMode.Mandatory, SecureSignalling: true })
            {
                return "SRTP is mandatory over TLS: offer RTP/SAVP with a=crypto";
            }

            // Best-effort SRTP (crypto lines on RTP/AVP): keyed when allowed and usable, plain RTP otherwise.
            crypto = policy is { Mode: SrtpMode.Optional, SecureSignalling: true }
                ? offered.Cryptos.Select(line => SdpCrypto.TryParse(line, out _)).FirstOrDefault(c => c is not null)
                : null;
            return null;
        }

        if (policy.Mode == SrtpMode.Off)
        {
            return "SRTP (RTP/SAVP) is turned off here";
        }

        if (!policy.SecureSignalling)
        {
            return "SRTP keys (RTP/SAVP) are only accepted over TLS signalling";
        }

        var reasons = new List<string>();
        foreach (var line in offered.Cryptos)
        {
            if (SdpCrypto.TryParse(line, out var reason) is { } usable)
            {
                crypto = usable;
                return null;
            }

            reasons.Add(reason!);
        }

        return reasons.Count == 0
            ? "RTP/SAVP offered without a=crypto"
            : $"no usable a=crypto (AES_CM_128_HMAC_SHA1_80 or _32 with an inline key): {string.Join("; ", reasons.Distinct())}";
    }

    private static NegotiatedMedia? TryAccept(SdpSession session, SdpMedia media)
    {
        if (media.Media != "audio" || media.Protocol is not (Rtp or SecureRtp) || media.Port == 0)
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

    private static SdpMedia AudioMedia(int rtpPort, int rtcpPort, SdpDirection direction, List<string> formats, int? telephoneEvent, IReadOnlyList<SdpCrypto> cryptos, string protocol)
    {
        var media = new SdpMedia { Media = "audio", Port = rtpPort, Protocol = protocol, Formats = formats, Direction = direction, Ptime = 20 };
        media.Cryptos.AddRange(cryptos.Select(c => c.ToString()));
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
