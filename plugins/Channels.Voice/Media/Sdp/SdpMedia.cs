using System.Globalization;
using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Media.Sdp;

/// <summary>One m= section: media, port, protocol, formats (payload types in preference order) and its attributes.</summary>
internal sealed class SdpMedia
{
    public required string Media { get; init; }

    public int Port { get; set; }

    public required string Protocol { get; init; }

    /// <summary>Formats as written (payload type numbers for RTP/AVP).</summary>
    public List<string> Formats { get; init; } = [];

    /// <summary>c= address of this section, when it overrides the session's.</summary>
    public string? ConnectionAddress { get; set; }

    /// <summary>a=rtpmap by payload type: "PCMU/8000", "telephone-event/8000".</summary>
    public Dictionary<int, string> RtpMaps { get; } = [];

    public Dictionary<int, string> Fmtps { get; } = [];

    public SdpDirection Direction { get; set; } = SdpDirection.SendRecv;

    /// <summary>a=rtcp port (RFC 3605) when RTCP is not on port+1.</summary>
    public int? RtcpPort { get; set; }

    public int? Ptime { get; set; }

    /// <summary>a=crypto values (RFC 4568) as written, in the offerer's preference order.</summary>
    public List<string> Cryptos { get; } = [];

    /// <summary>The encoding name for a payload type: rtpmap first, then the static RFC 3551 table.</summary>
    public string? EncodingOf(int payloadType) =>
        RtpMaps.TryGetValue(payloadType, out var map) ? map.Split('/')[0]
        : payloadType switch { 0 => "PCMU", 8 => "PCMA", _ => null };

    public void AppendTo(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"m={Media} {Port} {Protocol} {string.Join(' ', Formats)}\r\n");
        if (ConnectionAddress is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $"c=IN {SdpSession.AddressType(ConnectionAddress)} {ConnectionAddress}\r\n");
        }

        foreach (var (payloadType, map) in RtpMaps)
        {
            builder.Append(CultureInfo.InvariantCulture, $"a=rtpmap:{payloadType} {map}\r\n");
        }

        foreach (var (payloadType, fmtp) in Fmtps)
        {
            builder.Append(CultureInfo.InvariantCulture, $"a=fmtp:{payloadType} {fmtp}\r\n");
        }

        if (Ptime is int ptime)
        {
            builder.Append(CultureInfo.InvariantCulture, $"a=ptime:{ptime}\r\n");
        }

        if (RtcpPort is int rtcp)
        {
            builder.Append(CultureInfo.InvariantCulture, $"a=rtcp:{rtcp}\r\n");
        }

        foreach (var crypto in Cryptos)
        {
            builder.Append("a=crypto:").Append(crypto).Append("\r\n");
        }

        builder.Append("a=").Append(SdpSession.DirectionName(Direction)).Append("\r\n");
    }
}
