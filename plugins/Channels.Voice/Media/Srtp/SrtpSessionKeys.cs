using System.Security.Cryptography;

namespace ContactCenter.Plugins.Channels.Voice.Media.Srtp;

/// <summary>
/// The session keys one master key and salt give (RFC 3711 §4.3): the AES cipher, the salt and the HMAC-SHA1 key for
/// SRTP and for SRTCP. The master key itself is not kept.
/// </summary>
internal sealed class SrtpSessionKeys : IDisposable
{
    public const int AuthKeyLength = 20;

    public SrtpSessionKeys(ReadOnlySpan<byte> masterKey, ReadOnlySpan<byte> masterSalt)
    {
        Span<byte> key = stackalloc byte[SrtpSuite.MasterKeyLength];
        Span<byte> auth = stackalloc byte[AuthKeyLength];
        (RtpCipher, RtpAuth) = Derive(masterKey, masterSalt, SrtpKeyDerivation.RtpEncryption, key, auth, RtpSalt);
        (RtcpCipher, RtcpAuth) = Derive(masterKey, masterSalt, SrtpKeyDerivation.RtcpEncryption, key, auth, RtcpSalt);
    }

    public Aes RtpCipher { get; }

    public byte[] RtpSalt { get; } = new byte[SrtpSuite.MasterSaltLength];

    public IncrementalHash RtpAuth { get; }

    public Aes RtcpCipher { get; }

    public byte[] RtcpSalt { get; } = new byte[SrtpSuite.MasterSaltLength];

    public IncrementalHash RtcpAuth { get; }

    public void Dispose()
    {
        RtpCipher.Dispose();
        RtpAuth.Dispose();
        RtcpCipher.Dispose();
        RtcpAuth.Dispose();
        CryptographicOperations.ZeroMemory(RtpSalt);
        CryptographicOperations.ZeroMemory(RtcpSalt);
    }

    /// <summary>Labels: encryption, then authentication (+1) and salt (+2), for RTP (0) or RTCP (3).</summary>
    private static (Aes Cipher, IncrementalHash Auth) Derive(ReadOnlySpan<byte> masterKey, ReadOnlySpan<byte> masterSalt, byte encryptionLabel, Span<byte> key, Span<byte> auth, byte[] salt)
    {
        SrtpKeyDerivation.Derive(masterKey, masterSalt, encryptionLabel, key);
        SrtpKeyDerivation.Derive(masterKey, masterSalt, (byte)(encryptionLabel + 1), auth);
        SrtpKeyDerivation.Derive(masterKey, masterSalt, (byte)(encryptionLabel + 2), salt);
        var cipher = Aes.Create();
        cipher.Key = key.ToArray();
        var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA1, auth);
        CryptographicOperations.ZeroMemory(key);
        CryptographicOperations.ZeroMemory(auth);
        return (cipher, hmac);
    }
}
