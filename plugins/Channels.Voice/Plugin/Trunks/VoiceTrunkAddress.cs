using System.Globalization;
using System.Net;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// A carrier's address an inbound INVITE may come from: an IP (<c>198.51.100.7</c>), a network in CIDR notation
/// (<c>203.0.113.0/24</c>) or an IP and source port (<c>198.51.100.7:5060</c>, <c>[2001:db8::1]:5060</c>). Host
/// names are refused: the stack resolves no DNS, and a carrier's source address must not depend on a lookup.
/// </summary>
internal sealed record VoiceTrunkAddress(IPNetwork Network, int? Port)
{
    public bool Matches(IPEndPoint source)
    {
        var address = source.Address.IsIPv4MappedToIPv6 ? source.Address.MapToIPv4() : source.Address;
        return Network.Contains(address) && (Port is not { } port || port == source.Port);
    }

    public static VoiceTrunkAddress? TryParse(string text)
    {
        text = text.Trim();
        if (text.Contains('/', StringComparison.Ordinal))
        {
            // A network whose address has host bits set (10.0.0.1/8) is most likely a typo: refused, not widened.
            return IPNetwork.TryParse(text, out var network) && IPAddress.TryParse(text[..text.IndexOf('/', StringComparison.Ordinal)], out var written)
                && network.BaseAddress.Equals(written)
                ? new VoiceTrunkAddress(network, null)
                : null;
        }

        if (IPAddress.TryParse(text, out var ip) && !text.StartsWith('['))
        {
            return text.Count(c => c == ':') == 1 ? null : Host(ip, null);
        }

        return IPEndPoint.TryParse(text, out var endpoint) && endpoint.Port > 0 && text.LastIndexOf(':') is var colon and > 0
            && int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? Host(endpoint.Address, endpoint.Port)
            : null;
    }

    private static VoiceTrunkAddress Host(IPAddress ip, int? port)
    {
        ip = ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;
        return new VoiceTrunkAddress(new IPNetwork(ip, ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128), port);
    }

    public override string ToString() => Port is { } port ? $"{Network.BaseAddress}:{port.ToString(CultureInfo.InvariantCulture)}" : Network.ToString();
}
