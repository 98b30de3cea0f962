using System.Net;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

/// <summary>
/// Where requests to a carrier go: a host name (resolved by <see cref="SipTargetResolver"/>) or an IP literal, an
/// optional port (without one, SRV decides, then 5060 or 5061 for TLS), the transport ("UDP", "TCP" or "TLS"), how
/// its TLS certificate is checked, and how often an idle TCP/TLS connection is pinged.
/// </summary>
internal sealed record SipTrunkTarget(string Host, int? Port, string Transport, Transport.SipTlsClientOptions? Tls = null)
{
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The port when neither the target nor SRV gives one (RFC 3261 §19.1.2).</summary>
    public int DefaultPort => Transport == "TLS" ? 5061 : 5060;

    /// <summary>A UDP target at an IP and port (no DNS).</summary>
    public static SipTrunkTarget Udp(IPEndPoint endpoint) => new(endpoint.Address.ToString(), endpoint.Port, "UDP");

    public override string ToString() => $"{Transport.ToLowerInvariant()}:{Host}{(Port is { } port ? ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)}";
}
