using System.Globalization;
using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// Parses a trunk's <c>outboundProxy</c>: a host name (<c>sip.carrier.example</c>, resolved with SRV then A/AAAA),
/// a host and port (<c>sip.carrier.example:5070</c>, A/AAAA only), an IPv4 address with or without a port, or an
/// IPv6 address (<c>2001:db8::1</c>, <c>[2001:db8::1]:5060</c>).
/// </summary>
internal static class VoiceTrunkProxy
{
    public static SipTrunkTarget? TryParse(string text, string transport)
    {
        text = text.Trim();
        if (IPAddress.TryParse(text, out var bare) && !text.StartsWith('[') && (bare.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 || (!text.Contains(':', StringComparison.Ordinal) && text.Count(c => c == '.') == 3)))
        {
            return new SipTrunkTarget(bare.ToString(), null, transport);
        }

        var (host, port) = Split(text);
        if (port is null && text.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        if (host.StartsWith('[') && host.EndsWith(']') && IPAddress.TryParse(host[1..^1], out var v6) && v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return new SipTrunkTarget(v6.ToString(), port, transport);
        }

        if (IPAddress.TryParse(host, out var v4) && v4.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && host.Count(c => c == '.') == 3)
        {
            return new SipTrunkTarget(v4.ToString(), port, transport);
        }

        return Uri.CheckHostName(host) == UriHostNameType.Dns && host.Length <= 253 && !host.StartsWith('.') && !host.Contains("..", StringComparison.Ordinal)
            ? new SipTrunkTarget(host.TrimEnd('.').ToLowerInvariant(), port, transport)
            : null;
    }

    private static (string Host, int? Port) Split(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon < text.LastIndexOf(']'))
        {
            return (text, null);
        }

        return int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? (text[..colon], port)
            : (text, null);
    }
}
