using ContactCenter.Kernel.Audit;

namespace ContactCenter.Kernel.Tests.Audit;

public sealed class AuditLogTests
{
    [Fact]
    public async Task AppendAsync_ThreeEntries_NumbersThemAndChainsEachToThePrevious()
    {
        using var audit = new AuditHarness();
        await audit.AppendAsync(3);

        var records = await audit.ReadAllAsync();
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.Sequence));
        Assert.Equal(AuditRecord.GenesisHash, records[0].PreviousHash);
        Assert.Equal(records[0].Hash, records[1].PreviousHash);
        Assert.Equal(records[1].Hash, records[2].PreviousHash);
        Assert.All(records, r => Assert.Equal(AuditHashing.ComputeHash(r), r.Hash));
        Assert.Equal(audit.Time.GetUtcNow() - TimeSpan.FromSeconds(1), records[2].Time);
    }

    [Fact]
    public async Task AppendAsync_EveryNthEntry_CommitsASignedCheckpointAndRecordsItOutsideTheStore()
    {
        using var audit = new AuditHarness(checkpointEvery: 4);
        await audit.AppendAsync(9);

        var checkpoints = await audit.Log.ReadCheckpointsAsync();
        Assert.Equal([4L, 8L], checkpoints.Select(c => c.Sequence));
        var records = await audit.ReadAllAsync();
        Assert.Equal(records[7].Hash, checkpoints[1].Hash);
        Assert.Equal(checkpoints[1], audit.Trust.Read());
        Assert.True(ContactCenter.Kernel.Audit.Signing.AuditCheckpointSigner.Verify(checkpoints[1], audit.Keys.PublicKeys()));
    }

    [Fact]
    public async Task CheckpointAsync_AfterNewEntries_SealsTheTailOnceOnly()
    {
        using var audit = new AuditHarness();
        Assert.Null(await audit.Log.CheckpointAsync());
        await audit.AppendAsync(2);

        var sealedTail = await audit.Log.CheckpointAsync();

        Assert.Equal(2, sealedTail!.Sequence);
        Assert.Null(await audit.Log.CheckpointAsync());
    }

    [Fact]
    public async Task AppendAsync_AnotherInstanceOnTheSameStore_ContinuesTheChainAfterAConflict()
    {
        using var audit = new AuditHarness();
        var other = audit.NewLog();
        await audit.AppendAsync(2);
        await other.AppendAsync(new AuditEntry("user-9", "customer.deleted", "customer/c-9"));
        await audit.AppendAsync(1);   // this instance's cached tail is stale: the insert conflicts, it re-reads and retries

        var records = await audit.ReadAllAsync();
        Assert.Equal([1L, 2L, 3L, 4L], records.Select(r => r.Sequence));
        Assert.True((await audit.VerifyAsync()).IsValid);
    }

    [Theory]
    [InlineData("", "a", "t")]
    [InlineData("u", " ", "t")]
    [InlineData("u", "a", "")]
    public async Task AppendAsync_BlankField_ThrowsAndWritesNothing(string actor, string action, string target)
    {
        using var audit = new AuditHarness();

        await Assert.ThrowsAsync<ArgumentException>(async () => await audit.Log.AppendAsync(new AuditEntry(actor, action, target)));

        Assert.Empty(await audit.ReadAllAsync());
    }

    [Fact]
    public async Task ReadAsync_ActorTimeAndTargetPrefix_ReturnsOnlyMatchingEntriesInOrder()
    {
        using var audit = new AuditHarness();
        var start = audit.Time.GetUtcNow();
        await audit.AppendAsync(9);

        var query = new AuditQuery { Actor = "user-1", From = start.AddSeconds(2), Target = "customer/" };
        var found = new List<long>();
        await foreach (var record in audit.Log.ReadAsync(query))
        {
            found.Add(record.Sequence);
        }

        Assert.Equal([5L, 8L], found);
    }
}
