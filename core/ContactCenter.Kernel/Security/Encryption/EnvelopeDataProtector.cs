using System.Buffers.Text;
using System.Text;
using ContactCenter.Kernel.Security.Encryption.Keys;

namespace ContactCenter.Kernel.Security.Encryption;

/// <summary>
/// <see cref="IDataProtector"/> over the loaded key ring: AES-256-GCM with the current data key, the header and context
/// as associated data (<see cref="Envelope"/>); text forms are URL-safe base64; lookup hashes come from the ring's lookup key.
/// </summary>
internal sealed class EnvelopeDataProtector(KeyRing ring) : IDataProtector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public byte[] Protect(ReadOnlySpan<byte> plaintext, string context)
    {
        ArgumentException.ThrowIfNullOrEmpty(context);
        var snapshot = ring.Snapshot;
        return Envelope.Seal(snapshot.CurrentDataKeyId, snapshot.CurrentKey, plaintext, context);
    }

    public byte[] Unprotect(ReadOnlySpan<byte> ciphertext, string context)
    {
        ArgumentException.ThrowIfNullOrEmpty(context);
        if (!Envelope.TryReadKeyId(ciphertext, out var keyId, out var problem))
        {
            throw new DataTamperedException(context, problem);
        }

        return ring.Snapshot.DataKeys.TryGetValue(keyId, out var key)
            ? Envelope.Open(key, ciphertext, context)
            : throw new DataTamperedException(context, $"unknown data key id {DataKeyIds.Format(keyId)}");
    }

    public async ValueTask<byte[]> UnprotectAsync(ReadOnlyMemory<byte> ciphertext, string context, CancellationToken cancellationToken = default)
    {
        if (Envelope.TryReadKeyId(ciphertext.Span, out var keyId, out _) && !ring.Snapshot.DataKeys.ContainsKey(keyId))
        {
            // Another node may have rotated in a data key this one has not loaded yet.
            await ring.TryLoadKeyAsync(keyId, cancellationToken).ConfigureAwait(false);
        }

        return Unprotect(ciphertext.Span, context);
    }

    public string ProtectString(string plaintext, string context)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return Base64Url.EncodeToString(Protect(StrictUtf8.GetBytes(plaintext), context));
    }

    public string UnprotectString(string ciphertext, string context) => Text(Unprotect(Decode(ciphertext, context), context), context);

    public async ValueTask<string> UnprotectStringAsync(string ciphertext, string context, CancellationToken cancellationToken = default) =>
        Text(await UnprotectAsync(Decode(ciphertext, context), context, cancellationToken).ConfigureAwait(false), context);

    public string LookupHash(string normalizedValue, string purpose) => ring.Snapshot.Lookup.Hash(normalizedValue, purpose);

    private static byte[] Decode(string ciphertext, string context)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        try
        {
            return Base64Url.DecodeFromChars(ciphertext);
        }
        catch (FormatException ex)
        {
            throw new DataTamperedException(context, "the value is not encrypted text (not URL-safe base64)", ex);
        }
    }

    private static string Text(byte[] plaintext, string context)
    {
        try
        {
            return StrictUtf8.GetString(plaintext);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DataTamperedException(context, "the value decrypts to bytes, not text", ex);
        }
    }
}
