using ContactCenter.Plugins.Channels.Voice.Media.Srtp;

namespace ContactCenter.Plugins.Channels.Voice.Media.Sdp;

/// <summary>
/// How an offer's security is answered: the <c>srtp</c> setting, whether the offer came over TLS (SDES keys are
/// accepted only then, RFC 4568 §8.3), and the key‖salt we answer with (kept for the call, so a re-INVITE does not
/// rekey our side).
/// </summary>
internal sealed record SdesPolicy(SrtpMode Mode, bool SecureSignalling, byte[] LocalKeySalt)
{
    /// <summary>No SRTP at all (RTP/SAVP refused).</summary>
    public static SdesPolicy Off { get; } = new(SrtpMode.Off, false, []);

    /// <summary>Whether we offer RTP/SAVP over a signalling path that is (or not) TLS.</summary>
    public static bool Offers(SrtpMode mode, bool secureSignalling) => mode != SrtpMode.Off && secureSignalling;

    /// <summary>Our crypto lines for an offer: both suites, each with its own fresh key.</summary>
    public static IReadOnlyList<SdpCrypto> NewOffer() =>
        [.. SrtpSuite.Supported.Select((suite, i) => new SdpCrypto(i + 1, suite, SrtpSession.NewKeySalt()))];
}
