using System.Net;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// A carrier trunk (<c>trunks.{id}</c>): the addresses its inbound INVITEs come from, the proxy calls and REGISTERs go
/// to, an optional registration, its default caller id (and whether it is asserted with P-Asserted-Identity), how its
/// national numbers become E.164, and its own DID → line mapping.
/// </summary>
internal sealed record VoiceTrunk
{
    public required string Id { get; init; }

    public IReadOnlyList<VoiceTrunkAddress> Addresses { get; init; } = [];

    /// <summary>
    /// The carrier's proxy when it is an IP literal (the port given, or the transport's default); null when there
    /// is none or it is a host name: <see cref="Proxy"/> is the target requests go to in every case.
    /// </summary>
    public IPEndPoint? OutboundProxy { get; init; }

    /// <summary>
    /// Where outbound requests and REGISTERs go (host name resolved by SRV/A/AAAA, or IP literal; transport; TLS
    /// certificate checks), sent through <see cref="Sip.Trunks.ISipTrunkRoute"/>; null: no outbound through this trunk.
    /// </summary>
    public Sip.Trunks.SipTrunkTarget? Proxy { get; init; }

    /// <summary>The transport towards <see cref="Proxy"/>: udp, tcp or tls.</summary>
    public string Transport { get; init; } = "udp";

    public VoiceTrunkRegistration? Registration { get; init; }

    /// <summary>
    /// SRTP (SDES) on calls placed through this trunk (<c>srtp</c>): offered only over TLS, with both crypto lines on
    /// RTP/AVP (<c>optional</c>, the default) or as RTP/SAVP (<c>mandatory</c>, TLS only); <c>off</c>: plain RTP.
    /// </summary>
    public Media.Srtp.SrtpMode Srtp { get; init; } = Media.Srtp.SrtpMode.Optional;

    /// <summary>What the carrier's digest challenges to our INVITEs are answered with (<c>auth</c>, else <c>register</c>'s account); null: none.</summary>
    public Sip.Trunks.SipTrunkCredentials? Credentials { get; init; }

    public string? CallerIdNumber { get; init; }

    public string? CallerIdName { get; init; }

    /// <summary>Whether outbound INVITEs carry P-Asserted-Identity (RFC 3325) with the caller id (trusted carriers).</summary>
    public bool AssertIdentity { get; init; } = true;

    public string? CountryCode { get; init; }

    public string? NationalPrefix { get; init; }

    /// <summary>E.164 DID → line (a key of <c>lines</c> or <c>ivr</c>).</summary>
    public IReadOnlyDictionary<string, string> Dids { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool IsSource(IPEndPoint source) => Addresses.Any(a => a.Matches(source))
        || (OutboundProxy is { } proxy && new VoiceTrunkAddress(new IPNetwork(proxy.Address, proxy.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128), null).Matches(source));
}
