namespace ContactCenter.Kernel.Security.Encryption;

/// <summary>
/// Encrypts personal data and secrets at rest (AES-256-GCM with envelope encryption: data keys wrapped by a master key
/// from the configured key provider), and computes keyed hashes for exact-match lookups of encrypted values. The
/// <c>context</c> of each call is bound to the ciphertext as associated data, so a value copied to another field or
/// record does not decrypt. A tampered ciphertext throws <see cref="DataTamperedException"/>; it is never returned as
/// garbage. Key rotation keeps old data readable.
/// </summary>
public interface IDataProtector
{
    /// <summary>Encrypts bytes with the current data key.</summary>
    /// <param name="plaintext">What to protect.</param>
    /// <param name="context">Where the value lives, e.g. <c>contact/{id}/phone</c>; the same context must be given to decrypt.</param>
    /// <returns>The ciphertext, carrying its key id, nonce and tag.</returns>
    byte[] Protect(ReadOnlySpan<byte> plaintext, string context);

    /// <summary>Decrypts bytes made by <see cref="Protect(ReadOnlySpan{byte}, string)"/>.</summary>
    /// <param name="ciphertext">The ciphertext.</param>
    /// <param name="context">The context it was protected with.</param>
    /// <returns>The plaintext.</returns>
    /// <exception cref="DataTamperedException">The ciphertext, its key id or its context does not authenticate.</exception>
    byte[] Unprotect(ReadOnlySpan<byte> ciphertext, string context);

    /// <summary>Encrypts text into a compact, storable text form.</summary>
    /// <param name="plaintext">The text.</param>
    /// <param name="context">Where the value lives.</param>
    /// <returns>The ciphertext as text (never containing the plaintext).</returns>
    string ProtectString(string plaintext, string context);

    /// <summary>Decrypts text made by <see cref="ProtectString"/>.</summary>
    /// <param name="ciphertext">The ciphertext text.</param>
    /// <param name="context">The context it was protected with.</param>
    /// <returns>The plaintext.</returns>
    /// <exception cref="DataTamperedException">The ciphertext does not authenticate.</exception>
    string UnprotectString(string ciphertext, string context);

    /// <summary>
    /// Decrypts like <see cref="Unprotect"/>, but when the ciphertext names a data key this node has not loaded yet (another
    /// node rotated it), reloads the key ring from the store once before deciding. Prefer it wherever the caller is async.
    /// </summary>
    /// <param name="ciphertext">The ciphertext.</param>
    /// <param name="context">The context it was protected with.</param>
    /// <param name="cancellationToken">Cancels the reload.</param>
    /// <returns>The plaintext.</returns>
    /// <exception cref="DataTamperedException">The ciphertext, its key id or its context does not authenticate.</exception>
    ValueTask<byte[]> UnprotectAsync(ReadOnlyMemory<byte> ciphertext, string context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Unprotect(ciphertext.Span, context));

    /// <summary>Decrypts text like <see cref="UnprotectString"/>, reloading the key ring once for a data key not loaded yet.</summary>
    /// <param name="ciphertext">The ciphertext text.</param>
    /// <param name="context">The context it was protected with.</param>
    /// <param name="cancellationToken">Cancels the reload.</param>
    /// <returns>The plaintext.</returns>
    /// <exception cref="DataTamperedException">The ciphertext does not authenticate.</exception>
    ValueTask<string> UnprotectStringAsync(string ciphertext, string context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(UnprotectString(ciphertext, context));

    /// <summary>
    /// A keyed hash (HMAC-SHA256 under a lookup key kept apart from the data keys) of an already normalised value, for
    /// exact-match indexes over encrypted fields (find a customer by E.164 phone). Equal inputs give equal hashes; the
    /// value cannot be recovered from the hash without the key.
    /// </summary>
    /// <param name="normalizedValue">The normalised value (E.164 phone, lower-cased email...).</param>
    /// <param name="purpose">The index it is for, e.g. <c>contact-phone</c>; hashes of different purposes never match.</param>
    /// <returns>The hash as lower-case hex.</returns>
    string LookupHash(string normalizedValue, string purpose);
}
