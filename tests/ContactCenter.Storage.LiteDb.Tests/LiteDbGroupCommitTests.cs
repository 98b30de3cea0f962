using System.Diagnostics;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Storage.LiteDb.Tests;

/// <summary>The single writer's group commit, the durability of a returned commit, and index use.</summary>
public sealed class LiteDbGroupCommitTests : IAsyncLifetime, IDisposable
{
    private static readonly CollectionDefinition Items = new("k.items", ["n"]);
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new();
    private LiteDbDocumentStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new LiteDbDocumentStore(_directory.Path, _time);
        await _store.InitializeAsync(CancellationToken.None);
        await _store.EnsureCollectionAsync(Items, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task CommitAsync_BatchesQueuedTogether_CommitAsOneGroupWithGuardsSeeingEarlierBatches()
    {
        var groupsBefore = _store.GroupCommitCount;
        Task<CommitResult> insert, replace, duplicate, stale, events;
        List<Task<CommitResult>> independent;
        using (_store.PauseWriter())
        {
            insert = Commit(new WriteBatch().Insert(Items.Name, "x", "{\"n\":1}").Append("x", "t.created", "{}", _time.GetUtcNow()));
            replace = Commit(new WriteBatch().Replace(Items.Name, "x", "{\"n\":2}", 1));
            duplicate = Commit(new WriteBatch().Insert(Items.Name, "x", "{\"n\":99}").Insert(Items.Name, "y", "{\"n\":99}"));
            stale = Commit(new WriteBatch().Replace(Items.Name, "x", "{\"n\":98}", 1).Append("x", "t.never", "{}", _time.GetUtcNow()));
            independent = Enumerable.Range(0, 40).Select(i => Commit(new WriteBatch().Insert(Items.Name, $"i{i:D2}", $"{{\"n\":{i}}}"))).ToList();
            events = Commit(new WriteBatch().Append("x", "t.updated", "{}", _time.GetUtcNow()));
        }

        Assert.Equal(1, (await insert).Documents[0]!.Version);
        Assert.Equal(2, (await replace).Documents[0]!.Version);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => duplicate);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale);
        await Task.WhenAll(independent);
        var appended = await events;
        Assert.Equal(groupsBefore + 1, _store.GroupCommitCount);
        Assert.Equal(45, _store.LargestGroupCommit);
        Assert.Equal("{\"n\":2}", (await _store.GetAsync(Items.Name, "x", CancellationToken.None))!.Json);
        Assert.Null(await _store.GetAsync(Items.Name, "y", CancellationToken.None));
        var stream = await _store.ReadEventsAsync(new EventQuery("x"), CancellationToken.None);
        Assert.Equal(["t.created", "t.updated"], stream.Select(e => e.Type));
        Assert.Equal((await insert).EventSequences[0] + 1, appended.EventSequences[0]);
        Assert.Equal(41, await _store.CountAsync(Items.Name, [], CancellationToken.None));
    }

    [Fact]
    public async Task CommitAsync_ParallelLoad_EveryCallerGetsItsOwnDurableResult()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() =>
            Commit(new WriteBatch().Insert(Items.Name, $"load-{i:D3}", $"{{\"n\":{i}}}").Append($"load-{i:D3}", "t.loaded", "{}", _time.GetUtcNow())))));

        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"load-{i:D3}"), results.Select(r => r.Documents[0]!.Id));
        Assert.Equal(500, results.Select(r => r.EventSequences[0]).Distinct().Count());
        Assert.True(_store.GroupCommitCount <= 500);
        var page = await _store.QueryAsync(Items.Name, new DocumentQuery { Filters = [new DocumentFilter("n", FilterOperator.GreaterThanOrEqual, 250)], PageSize = 1000 }, CancellationToken.None);
        Assert.Equal(250, page.Items.Count);
    }

    [Fact]
    public async Task CommitAsync_WhenItReturns_TheFilesAsOnDiskAlreadyHoldTheBatch()
    {
        await Commit(new WriteBatch().Insert(Items.Name, "kept", "{\"n\":7}").Append("kept", "t.kept", "{}", _time.GetUtcNow()));

        // Copy the files while the store is still open, as a process kill would leave them: no close, no checkpoint.
        using var image = new TempDirectory();
        foreach (var name in new[] { "contactcenter.db", "contactcenter-log.db" })
        {
            using var copy = Process.Start("cp", [_directory.File(name), image.File(name)]);
            await copy.WaitForExitAsync();
            Assert.Equal(0, copy.ExitCode);
        }

        using var recovered = new LiteDbDocumentStore(image.Path, _time);
        await recovered.InitializeAsync(CancellationToken.None);
        Assert.Equal("{\"n\":7}", (await recovered.GetAsync(Items.Name, "kept", CancellationToken.None))!.Json);
        Assert.Single(await recovered.ReadEventsAsync(new EventQuery("kept"), CancellationToken.None));
        Assert.Equal(["kept"], (await recovered.QueryAsync(Items.Name, DocumentQuery.Where("n", 7), CancellationToken.None)).Items.Select(d => d.Id));
    }

    [Theory]
    [InlineData("n", false)]
    [InlineData("n", true)]
    [InlineData("id", false)]
    public void PlanScan_OrderedRead_UsesTheFieldIndexWithoutSorting(string field, bool descending)
    {
        var plan = _store.PlanScan(Items.Name, field, descending);

        Assert.Equal(field == "id" ? "ik" : "i0", plan["index"]["name"].AsString);
        Assert.False(plan.ContainsKey("orderBy"), plan.ToString());
    }

    private Task<CommitResult> Commit(WriteBatch batch) => _store.CommitAsync(batch, CancellationToken.None).AsTask();
}
