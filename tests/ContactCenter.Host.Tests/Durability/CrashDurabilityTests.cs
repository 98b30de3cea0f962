using System.Text.Json;
using ContactCenter.Kernel.Backup;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Storage;
using Xunit.Abstractions;

namespace ContactCenter.Host.Tests.Durability;

/// <summary>
/// The host process is SIGKILLed at random moments while interactions are written through the API, six times over;
/// after each restart every acknowledged write is there exactly once, and nothing is half-written (a failed
/// interaction has exactly its one event; an unacknowledged one is either wholly there or wholly absent).
/// </summary>
public abstract class CrashDurabilityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Kills = 6;
    private const int Writers = 4;

    protected DirectoryInfo Work { get; } = Directory.CreateTempSubdirectory("cc-crash-");

    protected string DataDirectory => Path.Combine(Work.FullName, "data");

    /// <summary>Host arguments selecting the provider under test.</summary>
    protected abstract Task<string[]> HostArgumentsAsync();

    /// <summary>Opens the store the host used, after it has been killed.</summary>
    protected abstract Task<(IDocumentStore Store, IStoreCatalog? Catalog, IAsyncDisposable Owner)> OpenStoreAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        Work.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task KillRepeatedly_WhileWriting_EveryAcknowledgedWriteExactlyOnce()
    {
        var arguments = await HostArgumentsAsync();
        var seed = Environment.TickCount;
        var random = new Random(seed);
        output.WriteLine($"seed {seed}");
        var writer = new InteractionWriter();
        for (var round = 0; round < Kills; round++)
        {
            await using var host = await HostProcess.StartAsync(DataDirectory, arguments);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers).Select(w => writer.WriteUntilDeadAsync(host, $"r{round}-w{w}", stop.Token)).ToArray();
            var before = writer.Created.Count;
            // A fresh process on a loaded machine can take seconds for its first write: the kill comes at a random
            // moment after this round's first acknowledged write, so every round kills a host that is writing.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (writer.Created.Count == before && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            await Task.Delay(random.Next(400, 1600));
            await host.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
            output.WriteLine($"round {round}: killed after {writer.Created.Count - before} acknowledged creates");
        }

        Assert.True(writer.Created.Count >= Kills, $"only {writer.Created.Count} writes were acknowledged: the test proved nothing");
        await AssertReadableThroughTheHostAsync(arguments, writer);
        await AssertStoreExactlyOnceAsync(writer);
    }

    private async Task AssertReadableThroughTheHostAsync(string[] arguments, InteractionWriter writer)
    {
        await using var host = await HostProcess.StartAsync(DataDirectory, arguments);
        using var client = host.CreateClient();
        foreach (var (_, id) in writer.Created.Take(50))
        {
            using var response = await client.GetAsync(new Uri($"/api/v1/interactions/{id}", UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"acknowledged interaction {id} is not readable after restart ({(int)response.StatusCode})");
        }
    }

    private async Task AssertStoreExactlyOnceAsync(InteractionWriter writer)
    {
        var (store, catalog, owner) = await OpenStoreAsync();
        await using var _ = owner;
        if (catalog is not null)
        {
            // The whole store reads back: every collection page and every event.
            await StoreDigest.ComputeAsync(store, catalog, null, CancellationToken.None);
        }

        var documents = new List<JsonElement>();
        string? token = null;
        do
        {
            var page = await store.QueryAsync(KernelCollections.Interactions.Name, new DocumentQuery { PageSize = DocumentQuery.MaxPageSize, ContinuationToken = token }, CancellationToken.None);
            documents.AddRange(page.Items.Select(d => JsonDocument.Parse(d.Json).RootElement.Clone()));
            token = page.ContinuationToken;
        }
        while (token is not null);

        var events = new List<StoredEvent>();
        IReadOnlyList<StoredEvent> batch;
        do
        {
            batch = await store.ReadEventsAsync(new EventQuery(null, events.Count == 0 ? 0 : events[^1].Sequence, 10_000), CancellationToken.None);
            events.AddRange(batch);
        }
        while (batch.Count == 10_000);

        var byExternalId = documents.GroupBy(d => d.GetProperty("externalId").GetString()!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // Other kernel streams (the key ring created at first start, the audit trail) share the log: only transitions count.
        var eventsByStream = events.Where(e => e.Type == EventTypes.InteractionTransitioned).GroupBy(e => e.Stream, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        output.WriteLine($"{writer.Created.Count} creates and {writer.Failed.Count} transitions acknowledged; {documents.Count} interactions and {events.Count} events stored");

        Assert.All(byExternalId, pair => Assert.True(pair.Value.Count == 1, $"external id {pair.Key} stored {pair.Value.Count} times"));
        Assert.All(writer.Created, pair =>
        {
            Assert.True(byExternalId.TryGetValue(pair.Key, out var stored), $"acknowledged interaction {pair.Key} ({pair.Value}) was lost");
            Assert.Equal(pair.Value, stored![0].GetProperty("id").GetString());
        });
        var ids = documents.ToDictionary(d => d.GetProperty("id").GetString()!, StringComparer.Ordinal);
        Assert.All(writer.Failed.Keys, id => Assert.Equal("Failed", ids[id].GetProperty("state").GetString(), ignoreCase: true));
        Assert.All(ids, pair =>
        {
            var failed = string.Equals(pair.Value.GetProperty("state").GetString(), "Failed", StringComparison.OrdinalIgnoreCase);
            Assert.Equal(failed ? 1 : 0, eventsByStream.GetValueOrDefault(pair.Key));
        });
        Assert.All(eventsByStream.Keys, stream => Assert.True(ids.ContainsKey(stream), $"events for {stream} without its interaction"));
        Assert.Equal(events.Select(e => e.Sequence).Order(), events.Select(e => e.Sequence));
    }
}
