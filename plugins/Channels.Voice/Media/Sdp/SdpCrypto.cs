using System.Globalization;
using ContactCenter.Plugins.Channels.Voice.Media.Srtp;

namespace ContactCenter.Plugins.Channels.Voice.Media.Sdp;

/// <summary>
/// One SDES <c>a=crypto</c> attribute (RFC 4568 §9.1): <c>&lt;tag&gt; &lt;suite&gt; inline:&lt;base64 key‖salt&gt;[|lifetime]</c>.
/// <see cref="TryParse"/> never throws: an attribute we cannot use gives null and the reason (never the key).
/// <see cref="ToString"/> carries the key: it goes into SDP only, never into a log.
/// </summary>
internal sealed class SdpCrypto(int tag, SrtpSuite suite, byte[] keySalt)
{
    public int Tag { get; } = tag;

    public SrtpSuite Suite { get; } = suite;

    public byte[] KeySalt { get; } = keySalt;

    public static SdpCrypto? TryParse(string value, out string? reason)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        reason = null;
        if (parts.Length < 3)
        {
            reason = "not '<tag> <suite> <key-params>'";
        }
        else if (parts[0].Length > 9 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var tag))
        {
            reason = "the tag is not 1-9 digits";
        }
        else if (SrtpSuite.Find(parts[1]) is not { } suite)
        {
            reason = $"unsupported suite '{Truncate(parts[1])}'";
        }
        else if (parts.Length > 3)
        {
            reason = "session parameters are not supported";
        }
        else if (KeyOf(parts[2], out var keySalt) is { } problem)
        {
            reason = problem;
        }
        else
        {
            return new SdpCrypto(tag, suite, keySalt!);
        }

        return null;
    }

    /// <summary>The attribute's value (after <c>a=crypto:</c>), key included.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Tag} {Suite.Name} inline:{Convert.ToBase64String(KeySalt)}");

    private static string? KeyOf(string keyParams, out byte[]? keySalt)
    {
        keySalt = null;
        if (keyParams.Contains(';', StringComparison.Ordinal))
        {
            return "several keys are not supported";
        }

        if (!keyParams.StartsWith("inline:", StringComparison.Ordinal))
        {
            return "the key method is not inline";
        }

        var fields = keyParams["inline:".Length..].Split('|');
        if (fields.Length > 2 || (fields.Length == 2 && fields[1].Contains(':', StringComparison.Ordinal)))
        {
            return "MKI is not supported";
        }

        if (fields.Length == 2 && !ValidLifetime(fields[1]))
        {
            return "the key lifetime is malformed or under 2^20";
        }

        var decoded = new byte[SrtpSession.KeySaltLength + 3];
        if (!Convert.TryFromBase64String(fields[0], decoded, out var length) || length != SrtpSession.KeySaltLength)
        {
            return $"the key is not {SrtpSession.KeySaltLength} bytes of base64";
        }

        keySalt = decoded[..length];
        return null;
    }

    /// <summary>A lifetime as <c>2^n</c> or decimal; we never rekey, so it must allow at least 2^20 packets.</summary>
    private static bool ValidLifetime(string lifetime) =>
        lifetime.StartsWith("2^", StringComparison.Ordinal)
            ? int.TryParse(lifetime[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var power) && power is >= 20 and <= 64
            : ulong.TryParse(lifetime, NumberStyles.None, CultureInfo.InvariantCulture, out var packets) && packets >= 1 << 20;

    private static string Truncate(string text) => text.Length > 40 ? text[..40] : text;
}
