using System.Buffers.Text;
using ContactCenter.Kernel.Security.Encryption.Keys;

namespace ContactCenter.Kernel.Security.Encryption.Rotation;

/// <summary>
/// Re-encryption of stored values in their text form (URL-safe base64 of an envelope, as <see cref="IDataProtector.ProtectString"/>
/// and the blob chunks write them): which data key a value uses, and the same plaintext sealed again under the current key
/// with the same context.
/// </summary>
internal sealed class SealedValues(KeyRing ring, IDataProtector protector)
{
    /// <summary>Whether <paramref name="sealedText"/> is already encrypted with the current data key.</summary>
    public bool IsCurrent(string sealedText)
    {
        var bytes = Decode(sealedText);
        return bytes is not null && Envelope.TryReadKeyId(bytes, out var keyId, out _) && keyId == ring.Snapshot.CurrentDataKeyId;
    }

    /// <summary>The value decrypted (authenticated against <paramref name="context"/>) and encrypted again under the current data key.</summary>
    /// <exception cref="DataTamperedException">The value does not authenticate.</exception>
    public async ValueTask<string> ReProtectAsync(string sealedText, string context, CancellationToken cancellationToken)
    {
        var bytes = Decode(sealedText) ?? throw new DataTamperedException(context, "the value is not encrypted text (not URL-safe base64)");
        var plaintext = await protector.UnprotectAsync(bytes, context, cancellationToken).ConfigureAwait(false);
        try
        {
            return Base64Url.EncodeToString(protector.Protect(plaintext, context));
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>Re-encrypts when needed: the same text when it already uses the current key.</summary>
    public async ValueTask<string> RefreshAsync(string sealedText, string context, CancellationToken cancellationToken) =>
        IsCurrent(sealedText) ? sealedText : await ReProtectAsync(sealedText, context, cancellationToken).ConfigureAwait(false);

    private static byte[]? Decode(string text)
    {
        try
        {
            return Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
