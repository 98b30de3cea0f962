using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Events;

/// <summary>
/// Several writers append while a reader follows the log with "events after the last one I saw". With sequences
/// assigned in commit order the reader must never see a gap (a later sequence before an earlier one becomes
/// visible), and at the end every event is there exactly once, each stream in its own append order.
/// </summary>
public sealed class ConcurrentAppendTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Writers = 6;
    private const int BatchesPerWriter = 40;

    [Fact]
    public async Task ReadEventsAsync_WhileWritersAppend_FollowerNeverSeesAGapAndMissesNothing()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        var start = (await store.CommitAsync(new WriteBatch().Append("start", "start", "{}", default), default)).EventSequences[0];
        using var done = new CancellationTokenSource();
        var follower = FollowAsync(store, start, done.Token);

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => WriteAsync(store, collection, w)));
        await done.CancelAsync();
        var seen = await follower;
        var tail = await store.ReadEventsAsync(new EventQuery(null, seen.Count == 0 ? start : seen[^1].Sequence, 10_000), default);
        seen.AddRange(tail);

        var expected = Writers * BatchesPerWriter * 2;
        Assert.Equal(Enumerable.Range(1, expected).Select(i => start + i), seen.Select(e => e.Sequence));
        foreach (var stream in seen.GroupBy(e => e.Stream))
        {
            Assert.Equal(Enumerable.Range(0, BatchesPerWriter * 2).Select(i => $"e{i}"), stream.Select(e => e.Type));
        }
    }

    private static async Task WriteAsync(PostgresDocumentStore store, string collection, int writer)
    {
        var stream = $"writer-{writer}";
        for (var i = 0; i < BatchesPerWriter; i++)
        {
            // A document write with each batch, so the append shares a transaction with other work, as in the kernel.
            await store.CommitAsync(new WriteBatch()
                .Upsert(collection, stream, $$"""{"i":{{i}}}""")
                .Append(stream, $"e{2 * i}", "{}", default)
                .Append(stream, $"e{(2 * i) + 1}", "{}", default), default);
        }
    }

    private static async Task<List<StoredEvent>> FollowAsync(PostgresDocumentStore store, long start, CancellationToken stop)
    {
        var seen = new List<StoredEvent>();
        var last = start;
        while (!stop.IsCancellationRequested)
        {
            var events = await store.ReadEventsAsync(new EventQuery(null, last, 50), default);
            foreach (var e in events)
            {
                Assert.True(e.Sequence == last + 1, $"The follower saw sequence {e.Sequence} right after {last}: a gap.");
                last = e.Sequence;
                seen.Add(e);
            }

            if (events.Count == 0)
            {
                await Task.Yield();
            }
        }

        return seen;
    }
}
