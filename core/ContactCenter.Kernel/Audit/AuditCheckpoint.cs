namespace ContactCenter.Kernel.Audit;

/// <summary>
/// A signed statement "the log had <see cref="Sequence"/> entries and the last one's hash was <see cref="Hash"/>",
/// signed with a key kept outside the store (ECDSA P-256, SHA-256, IEEE P1363 signature, base64). Whoever can write the
/// store but not read the key cannot re-chain the log or cut its tail without the checkpoints giving it away.
/// </summary>
/// <param name="Sequence">The last entry covered.</param>
/// <param name="Hash">That entry's hash.</param>
/// <param name="Time">When the checkpoint was made (UTC).</param>
/// <param name="KeyId">The signing key (see <c>AuditKeyRing</c>).</param>
/// <param name="Signature">The signature over <c>AuditCheckpointSigner.Payload</c>.</param>
public sealed record AuditCheckpoint(long Sequence, string Hash, DateTimeOffset Time, string KeyId, string Signature);
