using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Errors;
using Xunit;

namespace ContactCenter.Testing.Storage;

public abstract partial class DocumentStoreConformanceTests
{
    [Fact]
    public async Task Commit_ManyParallelOptimisticIncrements_ReachExactTotalWithNoLostUpdate()
    {
        const int Workers = 8;
        const int IncrementsEach = 25;
        await CommitAsync(new WriteBatch().Insert(People.Name, "counter", Json(new { age = 0 })));
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var done = 0; done < IncrementsEach;)
            {
                var current = await GetPersonAsync("counter");
                var value = JsonDocument.Parse(current!.Json).RootElement.GetProperty("age").GetInt32();
                try
                {
                    await CommitAsync(new WriteBatch()
                        .Replace(People.Name, "counter", Json(new { age = value + 1 }), current.Version)
                        .Append("counter", "test.incremented", Json(new { worker, value }), Time.GetUtcNow()));
                    done++;
                }
                catch (ConcurrencyConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));

        var final = await GetPersonAsync("counter");
        Assert.Equal(Workers * IncrementsEach, JsonDocument.Parse(final!.Json).RootElement.GetProperty("age").GetInt32());
        Assert.Equal(Workers * IncrementsEach + 1, final.Version);
        var events = await Store.ReadEventsAsync(new EventQuery("counter", Limit: 10_000), CancellationToken.None);
        Assert.Equal(Workers * IncrementsEach, events.Count);
        Assert.Equal(Enumerable.Range(0, Workers * IncrementsEach), events.Select(e => JsonDocument.Parse(e.Json).RootElement.GetProperty("value").GetInt32()));
    }

    [Fact]
    public async Task Commit_ParallelInsertsOfDistinctAndSameIds_EachIdWrittenOnce()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(async () =>
        {
            try
            {
                await CommitAsync(new WriteBatch().Insert(People.Name, $"race-{i % 20}", Json(new { age = i })));
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(20, outcomes.Count(o => o));
        Assert.Equal(20, await Store.CountAsync(People.Name, [], CancellationToken.None));
    }
}
