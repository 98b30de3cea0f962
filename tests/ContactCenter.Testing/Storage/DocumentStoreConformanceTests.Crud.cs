using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using Xunit;

namespace ContactCenter.Testing.Storage;

public abstract partial class DocumentStoreConformanceTests
{
    [Fact]
    public async Task Commit_Insert_StoresVersionOneStampedInUtc()
    {
        var result = await CommitAsync(new WriteBatch().Insert(People.Name, "ana", Json(new { name = "Ana" })));

        var stored = await GetPersonAsync("ana");
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version);
        Assert.Equal("ana", stored.Id);
        Assert.Equal("Ana", System.Text.Json.JsonDocument.Parse(stored.Json).RootElement.GetProperty("name").GetString());
        Assert.Equal(Time.GetUtcNow(), stored.UpdatedAt);
        Assert.Equal(TimeSpan.Zero, stored.UpdatedAt.Offset);
        Assert.Equal(stored, result.Documents[0]);
    }

    [Fact]
    public async Task Get_MissingDocumentOrCollection_ReturnsNull()
    {
        Assert.Null(await GetPersonAsync("nobody"));
        Assert.Null(await Store.GetAsync("p.conformance.never-created", "x", CancellationToken.None));
    }

    [Fact]
    public async Task Commit_ReplaceAtCurrentVersion_IncrementsVersionAndRestamps()
    {
        await CommitAsync(new WriteBatch().Insert(People.Name, "ana", Json(new { name = "Ana" })));
        Time.Advance(TimeSpan.FromMinutes(5));

        var result = await CommitAsync(new WriteBatch().Replace(People.Name, "ana", Json(new { name = "Ana María" }), 1));

        var stored = await GetPersonAsync("ana");
        Assert.Equal(2, stored!.Version);
        Assert.Contains("Ana María", stored.Json, StringComparison.Ordinal);
        Assert.Equal(Time.GetUtcNow(), stored.UpdatedAt);
        Assert.Equal(2, result.Documents[0]!.Version);
    }

    [Fact]
    public async Task Commit_InsertOfExistingId_RefusedAndOriginalKept()
    {
        await CommitAsync(new WriteBatch().Insert(People.Name, "ana", Json(new { name = "Ana" })));

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            CommitAsync(new WriteBatch().Insert(People.Name, "ana", Json(new { name = "Impostor" }))));

        Assert.Equal("ana", conflict.Id);
        Assert.Equal(1, conflict.ActualVersion);
        var stored = await GetPersonAsync("ana");
        Assert.Equal(1, stored!.Version);
        Assert.Contains("\"Ana\"", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_StaleReplace_RefusedAndStoredValueUnchanged()
    {
        await CommitAsync(new WriteBatch().Insert(People.Name, "ana", Json(new { name = "v1" })));
        await CommitAsync(new WriteBatch().Replace(People.Name, "ana", Json(new { name = "v2" }), 1));
        var before = await GetPersonAsync("ana");

        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            CommitAsync(new WriteBatch().Replace(People.Name, "ana", Json(new { name = "stale" }), 1)));

        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.ActualVersion);
        Assert.Equal(before, await GetPersonAsync("ana"));
    }

    [Fact]
    public async Task Commit_ReplaceOfMissingDocument_RefusedAndNothingCreated()
    {
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            CommitAsync(new WriteBatch().Replace(People.Name, "ghost", Json(new { name = "x" }), 1)));

        Assert.Null(conflict.ActualVersion);
        Assert.Null(await GetPersonAsync("ghost"));
    }

    [Fact]
    public async Task Commit_Upsert_CreatesThenOverwritesWithNextVersion()
    {
        await CommitAsync(new WriteBatch().Upsert(People.Name, "ana", Json(new { name = "one" })));
        await CommitAsync(new WriteBatch().Upsert(People.Name, "ana", Json(new { name = "two" })));

        var stored = await GetPersonAsync("ana");
        Assert.Equal(2, stored!.Version);
        Assert.Contains("two", stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_GuardedDelete_RefusedAtWrongVersionAndAppliedAtRightOne()
    {
        await CommitAsync(new WriteBatch().Insert(People.Name, "ana", Json(new { name = "Ana" })));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => CommitAsync(new WriteBatch().Delete(People.Name, "ana", 7)));
        Assert.NotNull(await GetPersonAsync("ana"));

        var result = await CommitAsync(new WriteBatch().Delete(People.Name, "ana", 1));
        Assert.Equal(1, result.DeletedCount);
        Assert.Null(result.Documents[0]);
        Assert.Null(await GetPersonAsync("ana"));
    }

    [Fact]
    public async Task Commit_UnguardedDeleteOfMissingDocument_DeletesNothing()
    {
        var result = await CommitAsync(new WriteBatch().Delete(People.Name, "ghost"));

        Assert.Equal(0, result.DeletedCount);
    }

    [Fact]
    public async Task Commit_InsertAfterDelete_StartsAgainAtVersionOne()
    {
        await CommitAsync(new WriteBatch().Insert(People.Name, "ana", Json(new { name = "Ana" })));
        await CommitAsync(new WriteBatch().Delete(People.Name, "ana"));

        await CommitAsync(new WriteBatch().Insert(People.Name, "ana", Json(new { name = "Ana again" })));

        Assert.Equal(1, (await GetPersonAsync("ana"))!.Version);
    }

    [Fact]
    public async Task Commit_BatchWithOneFailingGuard_WritesNoDocumentAndNoEvent()
    {
        await CommitAsync(new WriteBatch().Insert(People.Name, "ana", Json(new { name = "Ana" })));
        var eventsBefore = await Store.ReadEventsAsync(new EventQuery(), CancellationToken.None);
        var batch = new WriteBatch()
            .Insert(People.Name, "new-1", Json(new { name = "New" }))
            .Upsert(Notes.Name, "note-1", Json(new { text = "hola" }))
            .Delete(People.Name, "ana")
            .Replace(People.Name, "ana", Json(new { name = "stale" }), 5)
            .Append("stream-a", "test.happened", "{}", Time.GetUtcNow());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => CommitAsync(batch));

        Assert.Null(await GetPersonAsync("new-1"));
        Assert.Null(await Store.GetAsync(Notes.Name, "note-1", CancellationToken.None));
        Assert.Equal(1, (await GetPersonAsync("ana"))!.Version);
        Assert.Equal(eventsBefore.Count, (await Store.ReadEventsAsync(new EventQuery(), CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Commit_SameDocumentTwiceInOneBatch_LaterOperationSeesEarlierOne()
    {
        var result = await CommitAsync(new WriteBatch()
            .Insert(People.Name, "ana", Json(new { name = "v1" }))
            .Replace(People.Name, "ana", Json(new { name = "v2" }), 1));

        Assert.Equal([1L, 2L], result.Documents.Select(d => d!.Version));
        Assert.Equal(2, (await GetPersonAsync("ana"))!.Version);
    }
}
