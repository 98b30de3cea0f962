using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Audit.Signing;
using ContactCenter.Kernel.Audit.Verification;

namespace ContactCenter.Kernel.Tests.Audit;

/// <summary>Tampering with the stored log the way an attacker with write access to the store could.</summary>
public sealed class AuditVerifierTests
{
    [Fact]
    public async Task VerifyAsync_UntouchedLog_IsValidAndSealedUpToTheLastCheckpoint()
    {
        using var audit = new AuditHarness(checkpointEvery: 5);
        await audit.AppendAsync(12);

        var report = await audit.VerifyAsync();

        Assert.True(report.IsValid, string.Join("\n", report.Findings));
        Assert.Equal(12, report.Entries);
        Assert.Equal(2, report.ValidCheckpoints);
        Assert.Equal(10, report.LastSealedSequence);
        Assert.Equal(2, report.UnsealedEntries);
    }

    [Fact]
    public async Task VerifyAsync_EditedEntry_ReportsAlteredAtThatEntry()
    {
        using var audit = new AuditHarness();
        await audit.AppendAsync(6);
        var stored = (await audit.Entries.GetAsync(AuditRecord.IdOf(4)))!.Value;
        await audit.Entries.UpsertAsync(AuditRecord.IdOf(4), stored with { Actor = "someone-else" });

        var finding = Assert.Single((await audit.VerifyAsync()).Findings);

        Assert.Equal(AuditFindingKind.Altered, finding.Kind);
        Assert.Equal(4, finding.Sequence);
    }

    [Fact]
    public async Task VerifyAsync_DeletedEntry_ReportsRemoved()
    {
        using var audit = new AuditHarness();
        await audit.AppendAsync(6);
        await audit.Entries.DeleteAsync(AuditRecord.IdOf(3));

        var finding = Assert.Single((await audit.VerifyAsync()).Findings);

        Assert.Equal(AuditFindingKind.Removed, finding.Kind);
        Assert.Equal(3, finding.Sequence);
    }

    [Fact]
    public async Task VerifyAsync_TwoEntriesSwapped_ReportsReordered()
    {
        using var audit = new AuditHarness();
        await audit.AppendAsync(6);
        var second = (await audit.Entries.GetAsync(AuditRecord.IdOf(2)))!.Value;
        var third = (await audit.Entries.GetAsync(AuditRecord.IdOf(3)))!.Value;
        // The store orders by id, so swapping the documents' ids swaps their order; each keeps its own hash.
        await audit.Entries.UpsertAsync(AuditRecord.IdOf(2), third);
        await audit.Entries.UpsertAsync(AuditRecord.IdOf(3), second);

        var report = await audit.VerifyAsync();

        Assert.All(report.Findings, f => Assert.Equal(AuditFindingKind.Reordered, f.Kind));
        Assert.Equal([2L, 3L], report.Findings.Select(f => f.Sequence));
    }

    [Fact]
    public async Task VerifyAsync_TailAndItsCheckpointsCut_ReportsTruncatedTailFromTheTrustFile()
    {
        using var audit = new AuditHarness(checkpointEvery: 4);
        await audit.AppendAsync(8);
        for (var sequence = 5; sequence <= 8; sequence++)
        {
            await audit.Entries.DeleteAsync(AuditRecord.IdOf(sequence));
        }

        await audit.Checkpoints.DeleteAsync(AuditRecord.IdOf(8));

        var finding = Assert.Single((await audit.VerifyAsync()).Findings);

        Assert.Equal(AuditFindingKind.TruncatedTail, finding.Kind);
        Assert.Equal(5, finding.Sequence);
    }

    [Fact]
    public async Task VerifyAsync_WholeLogRechainedAfterAnEdit_ReportsRechained()
    {
        using var audit = new AuditHarness(checkpointEvery: 3);
        await audit.AppendAsync(7);
        var previous = AuditRecord.GenesisHash;
        foreach (var record in await audit.ReadAllAsync())
        {
            // The attacker edits entry 2 and recomputes every hash after it, so the chain itself links up again.
            var forged = record with { PreviousHash = previous, Detail = record.Sequence == 2 ? "nothing to see" : record.Detail, Hash = string.Empty };
            forged = forged with { Hash = AuditHashing.ComputeHash(forged) };
            await audit.Entries.UpsertAsync(AuditRecord.IdOf(record.Sequence), forged);
            previous = forged.Hash;
        }

        var report = await audit.VerifyAsync();

        Assert.NotEmpty(report.Findings);
        Assert.All(report.Findings, f => Assert.Equal(AuditFindingKind.Rechained, f.Kind));
        Assert.Equal(3, report.Findings[0].Sequence);
    }

    [Fact]
    public async Task VerifyAsync_CheckpointSignedWithAnotherKey_ReportsBadCheckpoint()
    {
        using var audit = new AuditHarness(checkpointEvery: 100);
        await audit.AppendAsync(3);
        using var otherDirectory = new TempKeyRing();
        var forged = AuditCheckpointSigner.Sign(otherDirectory.Ring, 3, (await audit.ReadAllAsync())[2].Hash, audit.Time.GetUtcNow());
        await audit.Checkpoints.UpsertAsync(AuditRecord.IdOf(3), forged);

        var finding = Assert.Single((await audit.VerifyAsync()).Findings);

        Assert.Equal(AuditFindingKind.BadCheckpoint, finding.Kind);
    }

    [Fact]
    public async Task VerifyAsync_EntryInsertedInTheMiddle_ReportsInserted()
    {
        using var audit = new AuditHarness();
        await audit.AppendAsync(4);
        var fourth = (await audit.Entries.GetAsync(AuditRecord.IdOf(4)))!.Value;
        // Entry 4 replaced by a well-formed entry that links nowhere: its own hash is right, its link is not.
        var inserted = fourth with { Actor = "intruder", PreviousHash = new string('1', 64), Hash = string.Empty };
        await audit.Entries.UpsertAsync(AuditRecord.IdOf(4), inserted with { Hash = AuditHashing.ComputeHash(inserted) });

        var finding = Assert.Single((await audit.VerifyAsync()).Findings);

        Assert.Equal(AuditFindingKind.Inserted, finding.Kind);
        Assert.Equal(4, finding.Sequence);
    }
}
