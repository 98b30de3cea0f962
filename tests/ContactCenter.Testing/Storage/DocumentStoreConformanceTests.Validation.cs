using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using Xunit;

namespace ContactCenter.Testing.Storage;

public abstract partial class DocumentStoreConformanceTests
{
    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{\"a\": 1} trailing")]
    public async Task Commit_DocumentThatIsNotAJsonObject_RefusedAndNothingWritten(string json)
    {
        var batch = new WriteBatch()
            .Insert(People.Name, "good", Json(new { name = "good" }))
            .Insert(People.Name, "bad", json)
            .Append("s", "test.never", "{}", Time.GetUtcNow());

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => CommitAsync(batch));

        Assert.Contains("bad", error.Message, StringComparison.Ordinal);
        Assert.Null(await GetPersonAsync("good"));
        Assert.Empty(await Store.ReadEventsAsync(new EventQuery(), CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("People")]
    [InlineData("k.")]
    [InlineData("x.people")]
    [InlineData("p.Plugin.people")]
    [InlineData("k.people;drop")]
    [InlineData("k.pe ople")]
    public async Task WriteBatchAndEnsureCollection_InvalidCollectionName_Refused(string collection)
    {
        Assert.Throws<InvalidRequestException>(() => new WriteBatch().Insert(collection, "id", "{}"));
        await Assert.ThrowsAsync<InvalidRequestException>(() => Store.EnsureCollectionAsync(CollectionDefinition.Plain(collection), CancellationToken.None).AsTask());
    }

    public static TheoryData<string> InvalidIds() => new()
    {
        string.Empty,
        new string('x', DocumentIds.MaxLength + 1),
        "tab\there",
        "new\nline",
        "nul\0",
        "lone-\uD800-surrogate",
        "reversed-\uDE00\uD83D",
    };

    [Theory]
    [MemberData(nameof(InvalidIds), DisableDiscoveryEnumeration = true)]
    public async Task WriteBatch_InvalidIdOrStream_RefusedAndReadsFindNothing(string id)
    {
        Assert.Throws<InvalidRequestException>(() => new WriteBatch().Insert(People.Name, id, "{}"));
        Assert.Throws<InvalidRequestException>(() => new WriteBatch().Delete(People.Name, id));
        Assert.Throws<InvalidRequestException>(() => new WriteBatch().Append(id, "test.type", "{}", Time.GetUtcNow()));
        Assert.Null(await GetPersonAsync(id));
    }

    [Fact]
    public async Task Commit_LongestValidIdAndStream_Accepted()
    {
        var id = new string('€', DocumentIds.MaxLength);

        await CommitAsync(new WriteBatch().Insert(People.Name, id, Json(new { name = "long" })).Append(id, "test.long", "{}", Time.GetUtcNow()));

        Assert.Equal(id, (await GetPersonAsync(id))!.Id);
        Assert.Single(await Store.ReadEventsAsync(new EventQuery(id), CancellationToken.None));
    }

    [Fact]
    public async Task Commit_CancelledBeforeItStarts_WritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Store.CommitAsync(new WriteBatch().Insert(People.Name, "never", "{}"), cancelled.Token).AsTask());

        Assert.Null(await GetPersonAsync("never"));
    }
}
