using System.Security.Cryptography;
using ContactCenter.Kernel.Audit.Signing;

namespace ContactCenter.Kernel.Audit.Verification;

/// <summary>
/// Checks a run of audit entries: each entry against its own hash, each link (sequence + 1, previous hash), and each
/// signed checkpoint against the entries it covers. Works the same on the store and on an export file.
/// </summary>
public static class AuditVerifier
{
    private const int MaxFindings = 100;

    /// <summary>Verifies <paramref name="entries"/> in the order given.</summary>
    /// <param name="entries">The entries with their line numbers, in file or store order.</param>
    /// <param name="checkpoints">The checkpoints found beside them.</param>
    /// <param name="trustedKeys">Public keys that may sign checkpoints, by id.</param>
    /// <param name="trustedLatest">The latest checkpoint from a source the store's writer cannot change, if any.</param>
    /// <param name="linked">Whether the entries are a contiguous run (not filtered by actor, action or target).</param>
    /// <returns>The report.</returns>
    public static AuditVerificationReport Verify(
        IReadOnlyList<(AuditRecord Record, long Line)> entries,
        IEnumerable<AuditCheckpoint> checkpoints,
        IReadOnlyDictionary<string, ECDsa> trustedKeys,
        AuditCheckpoint? trustedLatest,
        bool linked)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(checkpoints);
        var findings = new List<AuditFinding>();
        var chain = linked ? ChainWalker.Walk(entries, findings) : SelfCheckOnly(entries, findings);
        var all = checkpoints.ToList();
        if (trustedLatest is not null && !all.Contains(trustedLatest))
        {
            all.Add(trustedLatest);
        }

        var first = entries.Count == 0 ? 0 : entries.Min(e => e.Record.Sequence);
        var last = entries.Count == 0 ? 0 : entries.Max(e => e.Record.Sequence);
        var valid = 0;
        long sealedUpTo = 0;
        foreach (var checkpoint in all.OrderBy(c => c.Sequence))
        {
            if (!AuditCheckpointSigner.Verify(checkpoint, trustedKeys))
            {
                Add(findings, AuditFindingKind.BadCheckpoint, checkpoint.Sequence, null,
                    $"The checkpoint at sequence {checkpoint.Sequence} is not signed by a trusted key (key id {checkpoint.KeyId}): it was forged or the key is unknown.");
                continue;
            }

            valid++;
            if (chain.TryGetValue(checkpoint.Sequence, out var covered))
            {
                if (!string.Equals(covered.Record.Hash, checkpoint.Hash, StringComparison.Ordinal))
                {
                    Add(findings, AuditFindingKind.Rechained, checkpoint.Sequence, covered.Line,
                        $"Entry {checkpoint.Sequence} has hash {covered.Record.Hash[..12]}… but the checkpoint signed on {AuditHashing.FormatTime(checkpoint.Time)} says {checkpoint.Hash[..12]}…: entries up to {checkpoint.Sequence} were rewritten and the chain recomputed.");
                }
                else
                {
                    sealedUpTo = Math.Max(sealedUpTo, checkpoint.Sequence);
                }
            }
            else if (linked && checkpoint.Sequence > last)
            {
                Add(findings, AuditFindingKind.TruncatedTail, last + 1, null,
                    $"The log ends at sequence {last}, but a checkpoint signed on {AuditHashing.FormatTime(checkpoint.Time)} covers {checkpoint.Sequence} entries: entries {last + 1} to {checkpoint.Sequence} (at least) were removed from the end.");
            }
        }

        findings.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return new AuditVerificationReport(entries.Count, first, last, valid, sealedUpTo, findings);
    }

    internal static void Add(List<AuditFinding> findings, AuditFindingKind kind, long sequence, long? line, string message)
    {
        if (findings.Count < MaxFindings)
        {
            findings.Add(new AuditFinding(kind, sequence, line, message));
        }
    }

    private static Dictionary<long, (AuditRecord Record, long Line)> SelfCheckOnly(IReadOnlyList<(AuditRecord Record, long Line)> entries, List<AuditFinding> findings)
    {
        var bySequence = new Dictionary<long, (AuditRecord, long)>();
        foreach (var (record, line) in entries)
        {
            if (!string.Equals(AuditHashing.ComputeHash(record), record.Hash, StringComparison.Ordinal))
            {
                Add(findings, AuditFindingKind.Altered, record.Sequence, line, $"Entry {record.Sequence} (line {line}) does not match its hash: it was edited.");
            }

            bySequence.TryAdd(record.Sequence, (record, line));
        }

        return bySequence;
    }
}
