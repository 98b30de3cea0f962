using ContactCenter.Kernel.Storage;

namespace ContactCenter.Kernel.Security.Encryption.Rotation;

/// <summary>
/// A collection whose documents hold values encrypted by the kernel, which a data key rotation re-encrypts under the new
/// data key. Each owner (contacts, blobs, interactions) knows its fields and their contexts.
/// </summary>
internal interface IReEncryptionTarget
{
    /// <summary>The collection it re-encrypts.</summary>
    string Collection { get; }

    /// <summary>
    /// Re-encrypts one stored document: returns its new JSON for the runner to write at the document's version, or
    /// <see cref="ReEncryption.Current"/> when every value already uses the current key (so a resumed run does nothing twice).
    /// </summary>
    /// <exception cref="DataTamperedException">A value does not authenticate: the document is left as it is and reported.</exception>
    ValueTask<ReEncryption> ReEncryptAsync(RawDocument raw, SealedValues values, CancellationToken cancellationToken);
}
