using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ContactCenter.Kernel.Audit.Signing;

/// <summary>Signs and checks <see cref="AuditCheckpoint"/>s.</summary>
public static class AuditCheckpointSigner
{
    /// <summary>
    /// The signed bytes: UTF-8 of <c>cc-audit-checkpoint/1\n{sequence}\n{hash}\n{time}</c>, time in the canonical form of
    /// <see cref="AuditHashing.FormatTime"/>.
    /// </summary>
    /// <param name="sequence">The last entry covered.</param>
    /// <param name="hash">Its hash.</param>
    /// <param name="time">When.</param>
    /// <returns>The bytes.</returns>
    public static byte[] Payload(long sequence, string hash, DateTimeOffset time) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"cc-audit-checkpoint/1\n{sequence}\n{hash}\n{AuditHashing.FormatTime(time)}"));

    /// <summary>Signs a checkpoint with the ring's current key.</summary>
    /// <param name="keys">The key ring.</param>
    /// <param name="sequence">The last entry covered.</param>
    /// <param name="hash">Its hash.</param>
    /// <param name="time">When.</param>
    /// <returns>The checkpoint.</returns>
    public static AuditCheckpoint Sign(AuditKeyRing keys, long sequence, string hash, DateTimeOffset time)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var (keyId, signature) = keys.Sign(Payload(sequence, hash, time));
        return new AuditCheckpoint(sequence, hash, time, keyId, Convert.ToBase64String(signature));
    }

    /// <summary>Whether the checkpoint's signature is valid under one of <paramref name="trustedKeys"/>.</summary>
    /// <param name="checkpoint">The checkpoint.</param>
    /// <param name="trustedKeys">Public keys by id.</param>
    /// <returns>Whether it verifies.</returns>
    public static bool Verify(AuditCheckpoint checkpoint, IReadOnlyDictionary<string, ECDsa> trustedKeys)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(trustedKeys);
        if (!trustedKeys.TryGetValue(checkpoint.KeyId, out var key))
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[128];
        if (!Convert.TryFromBase64String(checkpoint.Signature, signature, out var length))
        {
            return false;
        }

        return key.VerifyData(Payload(checkpoint.Sequence, checkpoint.Hash, checkpoint.Time), signature[..length], HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }
}
