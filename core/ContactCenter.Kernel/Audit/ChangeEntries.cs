using System.Text.Json;

namespace ContactCenter.Kernel.Audit;

/// <summary>
/// The audit entry for a change to a stored document: the acting caller (else <c>system</c>: seeding, start-up), the
/// action, the target, and SHA-256 digests of the document before and after in the kernel's JSON form, so the log proves
/// what changed without holding the data itself.
/// </summary>
internal static class ChangeEntries
{
    /// <summary>An entry for <paramref name="action"/> on <paramref name="target"/>; null documents leave their digest empty.</summary>
    public static AuditEntry Create(string action, string target, object? before, object? after) =>
        new(AuditActor.Current ?? "system", action, target)
        {
            BeforeDigest = Digest(before),
            AfterDigest = Digest(after),
            CorrelationId = AuditActor.CorrelationId,
        };

    private static string? Digest(object? document) =>
        document is null ? null : AuditHashing.Digest(JsonSerializer.Serialize(document, document.GetType(), KernelJson.Options));
}
