using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Documents;

public sealed class DocumentJsonTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("{\"open\":")]
    public async Task CommitAsync_DocumentNotAJsonObject_RefusedAndNothingWritten(string json)
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        var stream = Names.Stream();

        var error = await Assert.ThrowsAsync<InvalidRequestException>(() => store.CommitAsync(
            new WriteBatch().Insert(collection, "good", "{}").Insert(collection, "bad", json).Append(stream, "t", "{}", default), default).AsTask());

        Assert.Contains("'bad'", error.Message, StringComparison.Ordinal);
        Assert.Null(await store.GetAsync(collection, "good", default));
        Assert.Empty(await store.ReadEventsAsync(new EventQuery(stream), default));
    }

    [Fact]
    public async Task CommitAsync_JsonWithNulEscapeAndOddLayout_ReadBackByteForByte()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        const string json = """{ "z": 1,   "a" : "a\u0000b",  "n": 1.50, "dup": 1, "dup": 2 }""";

        var written = await store.CommitAsync(new WriteBatch().Insert(collection, "odd", json), default);
        var read = await store.GetAsync(collection, "odd", default);

        Assert.Equal(json, read!.Json);
        Assert.Equal(read, written.Documents[0]);
    }
}
