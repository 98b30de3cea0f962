using System.Security.Cryptography;

namespace ContactCenter.Plugins.Channels.Voice.Media.Srtp;

/// <summary>
/// RFC 3711 §4.3 key derivation with the AES-CM PRF and a key derivation rate of 0 (the SDES default): each session
/// key is the AES-CM keystream under the master key with IV = (master salt XOR label·2^48)·2^16.
/// </summary>
internal static class SrtpKeyDerivation
{
    public const byte RtpEncryption = 0;
    public const byte RtpAuthentication = 1;
    public const byte RtpSalt = 2;
    public const byte RtcpEncryption = 3;
    public const byte RtcpAuthentication = 4;
    public const byte RtcpSalt = 5;

    /// <summary>Fills <paramref name="output"/> with the session key of <paramref name="label"/>.</summary>
    public static void Derive(ReadOnlySpan<byte> masterKey, ReadOnlySpan<byte> masterSalt, byte label, Span<byte> output)
    {
        if (masterKey.Length != SrtpSuite.MasterKeyLength || masterSalt.Length != SrtpSuite.MasterSaltLength)
        {
            throw new ArgumentException("SRTP needs a 16-byte master key and a 14-byte master salt.");
        }

        Span<byte> iv = stackalloc byte[16];
        masterSalt.CopyTo(iv);

        // label·2^48 within the 112-bit salt: the label lands in the byte 6 bytes above the salt's last one.
        iv[SrtpSuite.MasterSaltLength - 7] ^= label;
        using var aes = Aes.Create();
        aes.Key = masterKey.ToArray();
        output.Clear();
        AesCounterMode.Apply(aes, iv, output);
    }
}
