using System.Globalization;
using System.Text;

namespace ContactCenter.Plugins.Channels.Voice.Media.Sdp;

/// <summary>
/// A session description (RFC 4566/8866) with what offer/answer for audio needs: origin, session-level connection
/// address and direction, and the m= sections. <see cref="Parse"/> throws <see cref="FormatException"/> with a reason
/// on malformed input; unknown lines and attributes are ignored as the RFC asks.
/// </summary>
internal sealed class SdpSession
{
    public string OriginUser { get; init; } = "-";

    public ulong SessionId { get; init; }

    public ulong Version { get; set; }

    public required string OriginAddress { get; init; }

    public string SessionName { get; init; } = "ContactCenter";

    public string? ConnectionAddress { get; set; }

    public List<SdpMedia> Media { get; init; } = [];

    public static SdpSession Parse(string text) => SdpParser.Parse(text);

    public static string AddressType(string address) => address.Contains(':', StringComparison.Ordinal) ? "IP6" : "IP4";

    public static string DirectionName(SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => "sendonly",
        SdpDirection.RecvOnly => "recvonly",
        SdpDirection.Inactive => "inactive",
        _ => "sendrecv",
    };

    /// <summary>The connection address for <paramref name="media"/>: its own c= or the session's.</summary>
    public string? AddressOf(SdpMedia media) => media.ConnectionAddress ?? ConnectionAddress;

    public override string ToString()
    {
        var builder = new StringBuilder(256)
            .Append("v=0\r\n")
            .Append(CultureInfo.InvariantCulture, $"o={OriginUser} {SessionId} {Version} IN {AddressType(OriginAddress)} {OriginAddress}\r\n")
            .Append(CultureInfo.InvariantCulture, $"s={SessionName}\r\n");
        if (ConnectionAddress is not null)
        {
            builder.Append(CultureInfo.InvariantCulture, $"c=IN {AddressType(ConnectionAddress)} {ConnectionAddress}\r\n");
        }

        builder.Append("t=0 0\r\n");
        foreach (var media in Media)
        {
            media.AppendTo(builder);
        }

        return builder.ToString();
    }
}
