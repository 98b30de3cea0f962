using System.Globalization;
using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Audit;

/// <summary>
/// Writes every key ring change to the audit log: <c>key-ring.created</c>, <c>key-ring.data-key-rotated</c> (a rotation
/// starts with it), <c>key-ring.master-key-rotated</c>, <c>key-ring.data-key-rotation-completed</c> and
/// <c>key-ring.data-key-rotation-failed</c>. Key ids and counts only, never key material. The actor is whoever acts in
/// the flow (the API caller, <c>cli:{user}</c> for <c>cc keys</c>), else <c>system</c> (first start, resumed rotation).
/// A failure to append propagates: the caller learns the change is not audited (the change itself is committed, and its
/// event is in the store's <c>key-ring</c> stream).
/// </summary>
internal sealed class KeyRingAuditRecorder(IAuditLog log) : IKeyRingChangeRecorder
{
    public const string Target = "key-ring";

    public async ValueTask ChangedAsync(KeyRingChanged change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var detail = change.Operation switch
        {
            "master-key-rotated" => Invariant($"master key {change.MasterKeyId}, {change.RewrappedKeys} keys re-wrapped, data key {change.CurrentDataKeyId}"),
            "data-key-rotation-completed" => Invariant($"data key {change.CurrentDataKeyId}, {change.RewrappedKeys} documents re-encrypted, master key {change.MasterKeyId}"),
            _ => Invariant($"data key {change.CurrentDataKeyId}, master key {change.MasterKeyId}"),
        };
        await AppendAsync("key-ring." + change.Operation, AuditOutcomes.Success, detail, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask RotationFailedAsync(string rotationId, string dataKeyId, string reason, CancellationToken cancellationToken)
    {
        var key = string.IsNullOrEmpty(dataKeyId) ? "no new data key" : "data key " + dataKeyId;
        var detail = $"rotation {rotationId}, {key}: {Truncate(reason)}";
        await AppendAsync("key-ring.data-key-rotation-failed", AuditOutcomes.Failure, detail, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask AppendAsync(string action, string outcome, string detail, CancellationToken cancellationToken) =>
        await log.AppendAsync(new AuditEntry(AuditActor.Current ?? "system", action, Target)
        {
            Outcome = outcome,
            Detail = detail,
            CorrelationId = AuditActor.CorrelationId,
        }, cancellationToken).ConfigureAwait(false);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
