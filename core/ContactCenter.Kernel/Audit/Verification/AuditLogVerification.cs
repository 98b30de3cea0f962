using System.Security.Cryptography;
using ContactCenter.Kernel.Audit.Signing;

namespace ContactCenter.Kernel.Audit.Verification;

/// <summary>Verifies the log as stored, or an export file, against the checkpoint keys.</summary>
public static class AuditLogVerification
{
    /// <summary>
    /// Reads every entry and checkpoint of <paramref name="log"/> and verifies them; the latest checkpoint recorded
    /// outside the store (<paramref name="trust"/>) catches a tail cut together with its checkpoints.
    /// </summary>
    /// <param name="log">The log.</param>
    /// <param name="trustedKeys">Public keys that may sign checkpoints.</param>
    /// <param name="trust">The trust file, when verifying on the node that writes the log.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    public static async ValueTask<AuditVerificationReport> VerifyAsync(
        IAuditLog log, IReadOnlyDictionary<string, ECDsa> trustedKeys, AuditTrustFile? trust, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        var entries = new List<(AuditRecord, long)>();
        long position = 0;
        await foreach (var record in log.ReadAsync(new AuditQuery(), cancellationToken).ConfigureAwait(false))
        {
            entries.Add((record, ++position));
        }

        var checkpoints = await log.ReadCheckpointsAsync(cancellationToken).ConfigureAwait(false);
        return AuditVerifier.Verify(entries, checkpoints, trustedKeys, trust?.Read(), linked: true);
    }

    /// <summary>Verifies an export read with <see cref="AuditExportFormat.ReadAsync"/>.</summary>
    /// <param name="export">The export.</param>
    /// <param name="trustedKeys">Public keys that may sign checkpoints (the auditor's copy of the <c>.pub</c> files).</param>
    /// <returns>The report.</returns>
    public static AuditVerificationReport Verify(AuditExport export, IReadOnlyDictionary<string, ECDsa> trustedKeys)
    {
        ArgumentNullException.ThrowIfNull(export);
        var linked = export.Header is not { Filtered: true };
        return AuditVerifier.Verify(export.Entries, export.Checkpoints, trustedKeys, trustedLatest: null, linked);
    }
}
