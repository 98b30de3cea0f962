using System.Globalization;

namespace ContactCenter.Plugins.Channels.Voice.Media.Sdp;

/// <summary>The media attributes offer/answer for audio uses: rtpmap, fmtp, ptime, rtcp, crypto and the direction.</summary>
internal static class SdpAttributes
{
    public static SdpDirection? Direction(string attribute) => attribute switch
    {
        "sendrecv" => SdpDirection.SendRecv,
        "sendonly" => SdpDirection.SendOnly,
        "recvonly" => SdpDirection.RecvOnly,
        "inactive" => SdpDirection.Inactive,
        _ => null,
    };

    public static void Apply(SdpMedia media, string attribute)
    {
        if (Direction(attribute) is { } direction)
        {
            media.Direction = direction;
            return;
        }

        var colon = attribute.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return;
        }

        var name = attribute[..colon];
        var value = attribute[(colon + 1)..];
        switch (name)
        {
            case "rtpmap" when TrySplitPayload(value, out var payloadType, out var rest):
                media.RtpMaps[payloadType] = rest;
                break;
            case "fmtp" when TrySplitPayload(value, out var payloadType, out var rest):
                media.Fmtps[payloadType] = rest;
                break;
            case "ptime" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ptime):
                media.Ptime = ptime;
                break;
            case "crypto":
                media.Cryptos.Add(value.Trim());
                break;
            case "rtcp" when int.TryParse(value.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535:
                media.RtcpPort = port;
                break;
        }
    }

    private static bool TrySplitPayload(string value, out int payloadType, out string rest)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        rest = space < 0 ? string.Empty : value[(space + 1)..].Trim();
        return int.TryParse(space < 0 ? value : value[..space], NumberStyles.None, CultureInfo.InvariantCulture, out payloadType)
            && payloadType <= 127 && rest.Length > 0;
    }
}
