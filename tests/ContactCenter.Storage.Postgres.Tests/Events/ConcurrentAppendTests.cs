using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using ContactCenter.Storage.Postgres.Tests.Support;

namespace ContactCenter.Storage.Postgres.Tests.Events;

/// <summary>
/// Several writers append while a reader follows the log with "events after the last one I saw". With sequences
/// assigned in commit order the reader must never see a gap (a later sequence before an earlier one becomes
/// visible), and at the end every event is there exactly once, each stream in its own append order. Batches that
/// fail their guard or lose an insert race must leave no event and no hole behind.
/// </summary>
public sealed class ConcurrentAppendTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Writers = 6;
    private const int BatchesPerWriter = 40;
    private const int MixedWriters = 16;
    private const int MixedBatches = 50;

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

    [Fact]
    public async Task CommitAsync_ManyAppendersSomeRefusedSomeRacing_SequencesGapFreeAndOnlyCommittedEventsStored()
    {
        var store = await database.OpenStoreAsync();
        var collection = Names.Collection();
        await store.CommitAsync(new WriteBatch().Insert(collection, "taken", "{}"), default);
        var start = (await store.CommitAsync(new WriteBatch().Append("start", "start", "{}", default), default)).EventSequences[0];
        using var done = new CancellationTokenSource();
        var follower = FollowAsync(store, start, done.Token);

        var writers = await Task.WhenAll(Enumerable.Range(0, MixedWriters).Select(w => WriteMixedAsync(store, collection, w)));
        await done.CancelAsync();
        var seen = await follower;
        seen.AddRange(await store.ReadEventsAsync(new EventQuery(null, seen.Count == 0 ? start : seen[^1].Sequence, 10_000), default));

        var committed = writers.SelectMany(w => w.Committed).OrderBy(e => e.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, committed.Count).Select(i => start + i), seen.Select(e => e.Sequence));
        Assert.Equal(committed, seen.Select(e => (e.Sequence, e.Stream, e.Type)));
        Assert.Equal(MixedWriters * (MixedBatches / 5), writers.Sum(w => w.Refused));
        Assert.DoesNotContain(seen, e => e.Type.StartsWith("refused", StringComparison.Ordinal));
        for (var w = 0; w < MixedWriters; w++)
        {
            var sequences = writers[w].Committed.Select(e => e.Sequence).ToList();
            Assert.True(sequences.SequenceEqual(sequences.Order()), "A writer's later batch got smaller sequences.");

            // Only the committed upserts count: the refused batches' upserts of the same document were rolled back.
            Assert.Equal(MixedBatches / 5, (await store.GetAsync(collection, $"mixed-{w}", default))!.Version);
        }

        for (var i = 3; i < MixedBatches; i += 5)
        {
            // Every writer upserted this document once, racing the others to insert it.
            Assert.Equal(MixedWriters, (await store.GetAsync(collection, $"shared-{i}", default))!.Version);
        }
    }

    // Batch i of writer w: 1 to 3 events, and by i % 5 no document, an update of the writer's own document, a new
    // document, an upsert of a document every writer inserts at the same time (insert races and retries), or an
    // insert of an existing document (the guard fails; its events must not appear).
    private static async Task<MixedOutcome> WriteMixedAsync(PostgresDocumentStore store, string collection, int writer)
    {
        var stream = $"mixed-{writer}";
        var outcome = new MixedOutcome();
        for (var i = 0; i < MixedBatches; i++)
        {
            var refused = i % 5 == 4;
            var batch = (i % 5) switch
            {
                0 => new WriteBatch(),
                1 => new WriteBatch().Upsert(collection, stream, $$"""{"i":{{i}}}"""),
                2 => new WriteBatch().Insert(collection, $"{stream}-{i}", "{}"),
                3 => new WriteBatch().Upsert(collection, $"shared-{i}", $$"""{"by":{{writer}}}"""),
                _ => new WriteBatch().Upsert(collection, stream, "{}").Insert(collection, "taken", "{}"),
            };
            var types = Enumerable.Range(0, 1 + ((writer + i) % 3)).Select(k => $"{(refused ? "refused" : "b")}{i}-{k}").ToArray();
            foreach (var type in types)
            {
                batch.Append(stream, type, $$"""{"w":{{writer}}}""", default);
            }

            if (refused)
            {
                await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(batch, default).AsTask());
                outcome.Refused++;
                continue;
            }

            var result = await store.CommitAsync(batch, default);
            Assert.Equal(types.Length, result.EventSequences.Count);
            outcome.Committed.AddRange(result.EventSequences.Zip(types, (sequence, type) => (sequence, stream, type)));
        }

        return outcome;
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

    private sealed class MixedOutcome
    {
        public List<(long Sequence, string Stream, string Type)> Committed { get; } = [];

        public int Refused { get; set; }
    }
}
