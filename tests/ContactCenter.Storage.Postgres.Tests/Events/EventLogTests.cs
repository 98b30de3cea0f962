using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Events;

public sealed class EventLogTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task CommitAsync_EventsInBatches_ConsecutiveSequencesInBatchOrder()
    {
        var store = await database.OpenStoreAsync();
        var stream = Names.Stream();

        var first = await store.CommitAsync(new WriteBatch().Append(stream, "a", "{}", default).Append(stream, "b", "{}", default), default);
        var second = await store.CommitAsync(new WriteBatch().Append(stream, "c", """{"k":[1,2]}""", default), default);

        Assert.Equal(first.EventSequences[0] + 1, first.EventSequences[1]);
        Assert.Equal(first.EventSequences[1] + 1, second.EventSequences[0]);
        var events = await store.ReadEventsAsync(new EventQuery(stream), default);
        Assert.Equal(["a", "b", "c"], events.Select(e => e.Type));
        Assert.Equal(first.EventSequences.Concat(second.EventSequences), events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task ReadEventsAsync_AfterSequenceAndLimit_ReadsTheNextOnes()
    {
        var store = await database.OpenStoreAsync();
        var stream = Names.Stream();
        var other = Names.Stream();
        var batch = new WriteBatch();
        for (var i = 0; i < 10; i++)
        {
            batch.Append(i % 2 == 0 ? stream : other, $"e{i}", "{}", default);
        }

        var sequences = (await store.CommitAsync(batch, default)).EventSequences;

        var page = await store.ReadEventsAsync(new EventQuery(null, sequences[3], 4), default);
        var ofStream = await store.ReadEventsAsync(new EventQuery(stream, sequences[2], 10), default);

        Assert.Equal(sequences.Skip(4).Take(4), page.Select(e => e.Sequence));
        Assert.Equal(["e4", "e6", "e8"], ofStream.Select(e => e.Type));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public async Task ReadEventsAsync_LimitOutOfRange_Refused(int limit)
    {
        var store = await database.OpenStoreAsync();

        await Assert.ThrowsAsync<InvalidRequestException>(() => store.ReadEventsAsync(new EventQuery(Limit: limit), default).AsTask());
    }

    [Fact]
    public async Task CommitAsync_EventNotJson_RefusedAndNothingWritten()
    {
        var store = await database.OpenStoreAsync();
        var stream = Names.Stream();
        var collection = Names.Collection();

        await Assert.ThrowsAsync<InvalidRequestException>(() => store.CommitAsync(
            new WriteBatch().Insert(collection, "a", "{}").Append(stream, "ok", "{}", default).Append(stream, "bad", "{oops", default), default).AsTask());

        Assert.Empty(await store.ReadEventsAsync(new EventQuery(stream), default));
        Assert.Null(await store.GetAsync(collection, "a", default));
    }

    [Fact]
    public async Task CommitAsync_EventJson_ReadBackByteForByte()
    {
        var store = await database.OpenStoreAsync();
        var stream = Names.Stream();
        const string json = """{ "z" : 1,  "a" : "ü\u0000", "n": 1.50 }""";

        await store.CommitAsync(new WriteBatch().Append(stream, "exact", json, default), default);

        Assert.Equal(json, Assert.Single(await store.ReadEventsAsync(new EventQuery(stream), default)).Json);
    }
}
