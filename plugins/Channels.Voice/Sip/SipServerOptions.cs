using System.Net;
using ContactCenter.Plugins.Channels.Voice.Sip.Auth;
using ContactCenter.Plugins.Channels.Voice.Sip.Protection;
using ContactCenter.Plugins.Channels.Voice.Sip.Registrar;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

namespace ContactCenter.Plugins.Channels.Voice.Sip;

/// <summary>Everything the SIP server core needs: endpoints (port 0 = ephemeral), realm, limits and timers.</summary>
internal sealed record SipServerOptions
{
    public IReadOnlyList<IPEndPoint> UdpEndpoints { get; init; } = [new(IPAddress.Any, 5060)];

    public IReadOnlyList<IPEndPoint> TcpEndpoints { get; init; } = [new(IPAddress.Any, 5060)];

    /// <summary>SIP over TLS listeners (none by default); they need <see cref="TlsCertificate"/>.</summary>
    public IReadOnlyList<IPEndPoint> TlsEndpoints { get; init; } = [];

    /// <summary>The certificate (with its private key) the TLS listeners present.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? TlsCertificate { get; init; }

    /// <summary>Digest realm; the SIP domain users register under.</summary>
    public string Realm { get; init; } = "contactcenter.local";

    /// <summary>Digest algorithms offered, most preferred first (RFC 8760 §2.4).</summary>
    public IReadOnlyList<string> DigestAlgorithms { get; init; } = [SipDigestAlgorithm.Sha256, SipDigestAlgorithm.Md5];

    public TimeSpan NonceLifetime { get; init; } = TimeSpan.FromMinutes(5);

    public SipLimits Limits { get; init; } = SipLimits.Default;

    public SipProtectionOptions Protection { get; init; } = new();

    public SipTimers Timers { get; init; } = new();

    public SipRegistrarOptions Registrar { get; init; } = new();

    public string ServerName { get; init; } = "ContactCenter";

    /// <summary>Address to put in Via, Contact and SDP instead of the bound one (behind NAT, or bound to 0.0.0.0).</summary>
    public string? AdvertisedAddress { get; init; }
}
