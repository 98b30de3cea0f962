using System.Net;
using System.Text.Json;
using ContactCenter.Host.Demo.Directory;
using ContactCenter.Host.Tests.Durability;

namespace ContactCenter.Host.Tests.Api.Metrics;

/// <summary>
/// Internal work (direction Internal, as a consultation to a line's queue is) beside customer contacts on the same
/// queue of the real demo host: routed and handled like them, left out of the queue's contact figures and counted
/// apart; a restart on the same store rebuilds the same figures from the event log.
/// </summary>
public sealed class InternalWorkMetricsTests : IDisposable
{
    private const string Queue = DemoDirectoryData.AutosQueue;
    private static readonly string[] Figures = ["answered", "abandoned", "handled", "transfers", "internal", "waiting", "internalWaiting", "abandonRate", "asaSeconds", "ahtSeconds"];
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-internal-metrics-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public Task LiteDb_InternalBesideCustomerWork_QueueFiguresCountOnlyCustomersAndRestartRebuildsThem() =>
        InternalBesideCustomerWorkAsync(["--CC:Storage:Provider=LiteDb"]);

    [Fact]
    public async Task Postgres_InternalBesideCustomerWork_QueueFiguresCountOnlyCustomersAndRestartRebuildsThem()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        await InternalBesideCustomerWorkAsync(["--CC:Storage:Provider=Postgres", $"--CC:Storage:Postgres:ConnectionString={database.ConnectionString}"]);
    }

    private async Task InternalBesideCustomerWorkAsync(string[] storage)
    {
        Dictionary<string, string> before;
        await using (var host = await EndToEnd.EndToEndHost.StartOnAsync(storage, Path.Combine(_work.FullName, "data")))
        {
            using var client = host.CreateAdminClient();
            await EndToEnd.Api.SetPresenceAsync(client, "agent1", "available");
            await HandleAsync(client, await CreateAndEnqueueAsync(client, direction: null));
            await HandleAsync(client, await CreateAndEnqueueAsync(client, "Internal"));

            // Nobody serves the queue now: one consultation and one customer wait, then both hang up before an answer.
            await EndToEnd.Api.SetPresenceAsync(client, "agent1", "break");
            var consultation = await CreateAndEnqueueAsync(client, "Internal");
            var customer = await CreateAndEnqueueAsync(client, direction: null);
            var waiting = await QueueAsync(client, q => Int(q, "waiting") == 1 && Int(q, "internalWaiting") == 1, "one customer and one internal waiting");
            var center = await EndToEnd.Api.GetAsync(client, "/api/v1/metrics/realtime?scope=center");
            await EndToEnd.Api.PostAsync(client, $"/api/v1/interactions/{consultation}/abandon", new { reason = "consultation-ended" });
            await EndToEnd.Api.PostAsync(client, $"/api/v1/interactions/{customer}/abandon", new { reason = "hung up" });
            var final = await QueueAsync(client, q => Int(q, "abandoned") == 1 && Int(q, "internal") == 2 && Int(q, "waiting") == 0, "both ended");

            Assert.Equal((1, 1), (Int(waiting, "waiting"), Int(waiting, "internalWaiting")));
            Assert.Equal(1, Entry(center, "Center", "center").GetProperty("waiting").GetInt32());
            Assert.Equal((1, 1, 1, 0, 2, 0), (Int(final, "answered"), Int(final, "abandoned"), Int(final, "handled"), Int(final, "transfers"), Int(final, "internal"), Int(final, "internalWaiting")));
            Assert.Equal(50.0, final.GetProperty("abandonRate").GetDouble());
            var handledToday = Entry(await EndToEnd.Api.GetAsync(client, "/api/v1/metrics/realtime?scope=center"), "Center", "center").GetProperty("handledTodayByAgent");
            Assert.Equal(1, handledToday.GetProperty("agent1").GetInt32());
            before = Figures.ToDictionary(f => f, f => final.GetProperty(f).GetRawText());
        }

        await using (var host = await EndToEnd.EndToEndHost.StartOnAsync(storage, Path.Combine(_work.FullName, "data")))
        {
            using var client = host.CreateAdminClient();
            var rebuilt = await QueueAsync(client, _ => true, "the rebuilt queue", fresh: true);

            Assert.Equal(before, Figures.ToDictionary(f => f, f => rebuilt.GetProperty(f).GetRawText()));
        }
    }

    private static async Task<string> CreateAndEnqueueAsync(HttpClient client, string? direction)
    {
        var created = await EndToEnd.Api.SendAsync(client, HttpMethod.Post, "/api/v1/interactions",
            new { channel = "Chat", direction = direction ?? "Inbound", serviceLineId = "autos", subject = "Internal work metrics" }, HttpStatusCode.Created);
        Assert.Equal(direction ?? "Inbound", created.GetProperty("direction").GetString());
        var id = created.GetProperty("id").GetString()!;
        await EndToEnd.Api.PostAsync(client, $"/api/v1/interactions/{id}/enqueue", new { queueId = Queue });
        return id;
    }

    private static async Task HandleAsync(HttpClient client, string id)
    {
        await EndToEnd.Api.WaitForStateAsync(client, id, "Offered");
        await EndToEnd.Api.PostAsync(client, $"/api/v1/interactions/{id}/accept", new { agentId = "agent1" });
        await EndToEnd.Api.PostAsync(client, $"/api/v1/interactions/{id}/end");
        await EndToEnd.Api.PostAsync(client, $"/api/v1/interactions/{id}/close", new { disposition = new { code = "consulta/cobertura" } });
    }

    /// <summary>Reads the queue's entry until <paramref name="ready"/> holds (events reach the engine through the bus, after the API answered).</summary>
    private static async Task<JsonElement> QueueAsync(HttpClient client, Func<JsonElement, bool> ready, string what, bool fresh = false)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var snapshot = await EndToEnd.Api.GetAsync(client, "/api/v1/metrics/realtime?scope=queue");
            var entry = Entry(snapshot, "Queue", Queue);
            if (entry.ValueKind == JsonValueKind.Object && (!fresh || !snapshot.GetProperty("stale").GetBoolean()) && ready(entry))
            {
                return entry;
            }

            Assert.False(timeout.IsCancellationRequested, $"The metrics never showed {what}: {snapshot}");
            await Task.Delay(100);
        }
    }

    private static JsonElement Entry(JsonElement snapshot, string scope, string key) =>
        snapshot.GetProperty("entries").EnumerateArray().FirstOrDefault(e => e.GetProperty("scope").GetString() == scope && e.GetProperty("key").GetString() == key);

    private static int Int(JsonElement entry, string name) => entry.GetProperty(name).GetInt32();
}
