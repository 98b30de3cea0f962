namespace ContactCenter.Plugins.Channels.Voice.Media.Srtp;

/// <summary>
/// The SDES crypto suites we speak (RFC 4568 §6.2): AES-128 in counter mode with HMAC-SHA1, the SRTP tag 80 or 32
/// bits long. Both use a 128-bit master key and a 112-bit master salt, and SRTCP always carries an 80-bit tag.
/// </summary>
internal sealed record SrtpSuite(string Name, int RtpTagLength)
{
    public const int MasterKeyLength = 16;

    public const int MasterSaltLength = 14;

    public const int RtcpTagLength = 10;

    public static readonly SrtpSuite AesCm128HmacSha1_80 = new("AES_CM_128_HMAC_SHA1_80", 10);

    public static readonly SrtpSuite AesCm128HmacSha1_32 = new("AES_CM_128_HMAC_SHA1_32", 4);

    /// <summary>Ours in preference order (the stronger tag first).</summary>
    public static IReadOnlyList<SrtpSuite> Supported { get; } = [AesCm128HmacSha1_80, AesCm128HmacSha1_32];

    /// <summary>The suite named <paramref name="name"/> (case-sensitive, as RFC 4568's grammar), or null.</summary>
    public static SrtpSuite? Find(string name) => Supported.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
