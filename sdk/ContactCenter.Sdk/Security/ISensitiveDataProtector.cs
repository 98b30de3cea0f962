namespace ContactCenter.Sdk.Security;

/// <summary>
/// Encrypts a plugin's sensitive fields at rest with the platform's keys (AES-256-GCM, envelope encryption, rotation
/// handled by the platform) and computes keyed hashes for exact-match lookups of encrypted values. The platform scopes
/// every call to the calling plugin: contexts and purposes are prefixed with its id, so one plugin can never decrypt,
/// or match hashes of, another plugin's or the kernel's data. Store what it returns in the plugin's own documents.
/// </summary>
public interface ISensitiveDataProtector
{
    /// <summary>Encrypts bytes.</summary>
    /// <param name="plaintext">What to protect.</param>
    /// <param name="context">Where the value lives, e.g. <c>customer/42/phone</c>; the same context must be given to decrypt.</param>
    /// <returns>The ciphertext.</returns>
    byte[] Protect(ReadOnlySpan<byte> plaintext, string context);

    /// <summary>Decrypts bytes made by <see cref="Protect"/>.</summary>
    /// <param name="ciphertext">The ciphertext.</param>
    /// <param name="context">The context it was protected with.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plaintext.</returns>
    /// <exception cref="SensitiveDataTamperedException">The ciphertext was altered, belongs to another context, or its key is unknown.</exception>
    ValueTask<byte[]> UnprotectAsync(ReadOnlyMemory<byte> ciphertext, string context, CancellationToken cancellationToken = default);

    /// <summary>Encrypts text into a storable text form (URL-safe base64).</summary>
    /// <param name="plaintext">The text.</param>
    /// <param name="context">Where the value lives.</param>
    /// <returns>The ciphertext as text.</returns>
    string ProtectString(string plaintext, string context);

    /// <summary>Decrypts text made by <see cref="ProtectString"/>.</summary>
    /// <param name="ciphertext">The ciphertext text.</param>
    /// <param name="context">The context it was protected with.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plaintext.</returns>
    /// <exception cref="SensitiveDataTamperedException">The ciphertext does not authenticate.</exception>
    ValueTask<string> UnprotectStringAsync(string ciphertext, string context, CancellationToken cancellationToken = default);

    /// <summary>
    /// A keyed hash (HMAC-SHA256 under a platform lookup key, never a data key) of an already normalised value, to store
    /// in an indexed field and find the record again by exact match without storing the value in clear.
    /// </summary>
    /// <param name="normalizedValue">The normalised value (e.g. an E.164 phone number, a lower-cased email address).</param>
    /// <param name="purpose">The index it is for, e.g. <c>policy-number</c>; hashes of different purposes never match.</param>
    /// <returns>The hash as 64 lower-case hex characters.</returns>
    string LookupHash(string normalizedValue, string purpose);
}
