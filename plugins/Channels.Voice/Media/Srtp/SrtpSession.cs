using System.Security.Cryptography;

namespace ContactCenter.Plugins.Channels.Voice.Media.Srtp;

/// <summary>
/// Both directions of an SDES-keyed SRTP session: what we send is protected with our key (the one our SDP carried),
/// what arrives is checked with the peer's (RFC 4568 §6.1: each side sends with the key it declared).
/// </summary>
internal sealed class SrtpSession : IDisposable
{
    /// <summary>Master key followed by master salt, as SDES's <c>inline:</c> carries them.</summary>
    public const int KeySaltLength = SrtpSuite.MasterKeyLength + SrtpSuite.MasterSaltLength;

    public SrtpSession(SrtpSuite suite, ReadOnlySpan<byte> localKeySalt, ReadOnlySpan<byte> remoteKeySalt)
    {
        if (localKeySalt.Length != KeySaltLength || remoteKeySalt.Length != KeySaltLength)
        {
            throw new ArgumentException($"SRTP keys are {KeySaltLength} bytes (key and salt).");
        }

        Suite = suite;
        Outbound = new SrtpContext(suite, localKeySalt[..SrtpSuite.MasterKeyLength], localKeySalt[SrtpSuite.MasterKeyLength..]);
        Inbound = new SrtpContext(suite, remoteKeySalt[..SrtpSuite.MasterKeyLength], remoteKeySalt[SrtpSuite.MasterKeyLength..]);
    }

    public SrtpSuite Suite { get; }

    /// <summary>Protects what we send.</summary>
    public SrtpContext Outbound { get; }

    /// <summary>Checks and decrypts what the peer sends.</summary>
    public SrtpContext Inbound { get; }

    /// <summary>A fresh master key and salt from the system's CSPRNG.</summary>
    public static byte[] NewKeySalt() => RandomNumberGenerator.GetBytes(KeySaltLength);

    public void Dispose()
    {
        Outbound.Dispose();
        Inbound.Dispose();
    }
}
