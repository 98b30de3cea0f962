using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>
/// Told of every key ring change once it is committed (the audit log records them; see <c>KeyRingAuditRecorder</c>).
/// Called in the changing call's flow, before its caller is answered, so an offline <c>cc keys</c> run is recorded
/// too (the event bus delivers later, and drops what is undelivered when the process stops).
/// </summary>
internal interface IKeyRingChangeRecorder
{
    /// <summary>A committed change: ring created, data key rotated, master key rotated, re-encryption completed.</summary>
    ValueTask ChangedAsync(KeyRingChanged change, CancellationToken cancellationToken);

    /// <summary>A data key rotation that stopped with an error (its progress document says so); key ids only.</summary>
    ValueTask RotationFailedAsync(string rotationId, string dataKeyId, string reason, CancellationToken cancellationToken);
}
