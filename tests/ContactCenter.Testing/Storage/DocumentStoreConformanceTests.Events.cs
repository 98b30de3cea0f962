using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using Xunit;

namespace ContactCenter.Testing.Storage;

public abstract partial class DocumentStoreConformanceTests
{
    [Fact]
    public async Task ReadEvents_AcrossBatches_GlobalSequenceStrictlyIncreasingInCommitOrder()
    {
        var sequences = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            var result = await CommitAsync(new WriteBatch()
                .Append(i % 2 == 0 ? "even" : "odd", "test.counted", Json(new { i }), Time.GetUtcNow())
                .Append("all", "test.counted", Json(new { i }), Time.GetUtcNow()));
            sequences.AddRange(result.EventSequences);
        }

        var events = await Store.ReadEventsAsync(new EventQuery(), CancellationToken.None);

        Assert.Equal(sequences, events.Select(e => e.Sequence));
        Assert.All(events.Zip(events.Skip(1)), pair => Assert.True(pair.Second.Sequence > pair.First.Sequence));
        Assert.Equal(["even", "all", "odd", "all"], events.Take(4).Select(e => e.Stream));
    }

    [Fact]
    public async Task ReadEvents_OneStream_InOrderAndAfterASequence()
    {
        var time = new DateTimeOffset(2026, 3, 14, 9, 0, 0, TimeSpan.FromHours(-6));
        for (var i = 0; i < 6; i++)
        {
            await CommitAsync(new WriteBatch()
                .Append("interaction-1", "test.step", Json(new { step = i }), time.AddSeconds(i))
                .Append("interaction-10", "test.other", "{}", time));
        }

        var stream = await Store.ReadEventsAsync(new EventQuery("interaction-1"), CancellationToken.None);
        var later = await Store.ReadEventsAsync(new EventQuery("interaction-1", stream[2].Sequence, 2), CancellationToken.None);

        Assert.Equal(6, stream.Count);
        Assert.All(stream, e => Assert.Equal("interaction-1", e.Stream));
        Assert.Equal(Enumerable.Range(0, 6).Select(i => Json(new { step = i })), stream.Select(e => e.Json));
        Assert.Equal(time.AddSeconds(1).ToUniversalTime(), stream[1].Time);
        Assert.Equal(TimeSpan.Zero, stream[1].Time.Offset);
        Assert.Equal([stream[3].Sequence, stream[4].Sequence], later.Select(e => e.Sequence));
    }

    [Fact]
    public async Task ReadEvents_GlobalAfterSequenceWithLimit_ReturnsTheNextOnes()
    {
        var batch = new WriteBatch();
        for (var i = 0; i < 10; i++)
        {
            batch.Append($"s{i % 3}", "test.n", Json(new { i }), Time.GetUtcNow());
        }

        var sequences = (await CommitAsync(batch)).EventSequences;

        var page = await Store.ReadEventsAsync(new EventQuery(AfterSequence: sequences[3], Limit: 4), CancellationToken.None);

        Assert.Equal(sequences.Skip(4).Take(4), page.Select(e => e.Sequence));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_001)]
    public async Task ReadEvents_LimitOutOfRange_Refused(int limit)
    {
        await Assert.ThrowsAsync<InvalidRequestException>(() => Store.ReadEventsAsync(new EventQuery(Limit: limit), CancellationToken.None).AsTask());
    }
}
