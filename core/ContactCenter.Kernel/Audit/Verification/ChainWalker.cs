namespace ContactCenter.Kernel.Audit.Verification;

/// <summary>Walks a contiguous run of entries and reports the first break of each kind it meets.</summary>
internal static class ChainWalker
{
    /// <summary>Checks hashes and links; returns the entries that belong to the chain, by sequence.</summary>
    public static Dictionary<long, (AuditRecord Record, long Line)> Walk(IReadOnlyList<(AuditRecord Record, long Line)> entries, List<AuditFinding> findings)
    {
        var chain = new Dictionary<long, (AuditRecord Record, long Line)>();
        var laterSequences = new Dictionary<long, int>();
        foreach (var (record, _) in entries)
        {
            laterSequences[record.Sequence] = laterSequences.GetValueOrDefault(record.Sequence) + 1;
        }

        (AuditRecord Record, long Line)? prior = null;
        for (var i = 0; i < entries.Count; i++)
        {
            var (record, line) = entries[i];
            laterSequences[record.Sequence]--;
            if (!string.Equals(AuditHashing.ComputeHash(record), record.Hash, StringComparison.Ordinal))
            {
                AuditVerifier.Add(findings, AuditFindingKind.Altered, record.Sequence, line,
                    $"Entry {record.Sequence} (line {line}) does not match its hash: it was edited after it was written.");
            }

            if (prior is null)
            {
                if (record.Sequence == 1 && record.PreviousHash != AuditRecord.GenesisHash)
                {
                    AuditVerifier.Add(findings, AuditFindingKind.Inserted, record.Sequence, line, $"Entry 1 (line {line}) does not start the chain: something was put before it.");
                }

                prior = (record, line);
                chain[record.Sequence] = (record, line);
                continue;
            }

            var expected = prior.Value.Record.Sequence + 1;
            if (record.Sequence == expected && record.PreviousHash == prior.Value.Record.Hash)
            {
                prior = (record, line);
                chain[record.Sequence] = (record, line);
                continue;
            }

            if (record.Sequence <= prior.Value.Record.Sequence)
            {
                if (record.Sequence == prior.Value.Record.Sequence || chain.ContainsKey(record.Sequence))
                {
                    // Two entries claim one position: the one the next entry links to is the genuine one.
                    var next = i + 1 < entries.Count ? entries[i + 1].Record : null;
                    var genuineIsThis = next is not null && next.PreviousHash == record.Hash && record.Sequence == prior.Value.Record.Sequence;
                    (AuditRecord Record, long Line) inserted = genuineIsThis ? prior.Value : (record, line);
                    AuditVerifier.Add(findings, AuditFindingKind.Inserted, inserted.Record.Sequence, inserted.Line,
                        $"Line {inserted.Line} holds an entry {inserted.Record.Sequence} that is not part of the chain: it was inserted.");
                    if (genuineIsThis)
                    {
                        prior = (record, line);
                        chain[record.Sequence] = (record, line);
                    }

                    continue;
                }

                AuditVerifier.Add(findings, AuditFindingKind.Reordered, record.Sequence, line,
                    $"Entry {record.Sequence} (line {line}) comes after entry {prior.Value.Record.Sequence}: entries were reordered.");
                continue;
            }

            if (record.Sequence > expected)
            {
                var movedLater = Enumerable.Range(0, (int)Math.Min(record.Sequence - expected, 1_000_000)).Any(k => laterSequences.GetValueOrDefault(expected + k) > 0);
                if (movedLater)
                {
                    AuditVerifier.Add(findings, AuditFindingKind.Reordered, record.Sequence, line,
                        $"Entry {record.Sequence} (line {line}) comes before entry {expected}: entries were reordered.");
                }
                else
                {
                    var range = record.Sequence - 1 == expected ? $"entry {expected} was" : $"entries {expected} to {record.Sequence - 1} were";
                    AuditVerifier.Add(findings, AuditFindingKind.Removed, expected, line, $"Before line {line}, {range} removed.");
                }

                prior = (record, line);
                chain[record.Sequence] = (record, line);
                continue;
            }

            // The right position but not linked to its predecessor.
            AuditVerifier.Add(findings, AuditFindingKind.Inserted, record.Sequence, line,
                $"Entry {record.Sequence} (line {line}) does not link to entry {prior.Value.Record.Sequence}: it was inserted or replaced.");
            prior = (record, line);
            chain[record.Sequence] = (record, line);
        }

        return chain;
    }
}
