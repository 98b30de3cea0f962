using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;

namespace ContactCenter.Host.Tests.Api.Metrics;

/// <summary>The real-time metrics over HTTPS and the supervisor hub on the demo host (real kernel, LiteDB, no fakes).</summary>
public sealed class MetricsEndpointsTests
{
    [Fact]
    public async Task Waiting_ContactEnqueued_ShownByTheApiAndPublishedOnTheHub()
    {
        await using var host = await EndToEnd.EndToEndHost.StartAsync();
        using var client = host.CreateAdminClient();
        await using var hub = await EndToEnd.HubClient.ConnectAsync(host, "/hubs/supervisor", host.AdminToken, "MetricsUpdated");

        await EndToEnd.Api.CreateAndEnqueueAsync(client, "autos", "autos-general");
        var update = await hub.WaitForAsync("MetricsUpdated", m => Waiting(m, "autos-general") == 1, "one contact waiting in autos-general");
        var snapshot = await client.GetFromJsonAsync<JsonElement>("/api/v1/metrics/realtime?scope=queue");
        using var bad = await client.GetAsync("/api/v1/metrics/realtime?scope=planet");

        Assert.True(update.TryGetProperty("computedAt", out _));
        Assert.False(update.GetProperty("stale").GetBoolean());
        Assert.Equal(1, Waiting(snapshot, "autos-general"));
        Assert.All(snapshot.GetProperty("entries").EnumerateArray(), e => Assert.Equal("Queue", e.GetProperty("scope").GetString()));
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task AlertRule_OldestWaitAbove_RaisedInTheSnapshotAndBadRuleRefused()
    {
        await using var host = await EndToEnd.EndToEndHost.StartAsync();
        using var client = host.CreateAdminClient();
        using var bad = await client.PutAsJsonAsync("/api/v1/metrics/alert-rules/bad", new { id = "bad", targetKind = "queue", targetId = "ghost", metric = "mood", threshold = -1 });
        using var saved = await client.PutAsJsonAsync("/api/v1/metrics/alert-rules/autos-wait",
            new { id = "autos-wait", targetKind = "queue", targetId = "autos-general", metric = "oldest-wait-above", threshold = 0, hysteresis = 0 });

        await EndToEnd.Api.CreateAndEnqueueAsync(client, "autos", "autos-general");
        await using var hub = await EndToEnd.HubClient.ConnectAsync(host, "/hubs/supervisor", host.AdminToken, "MetricsUpdated");
        var update = await hub.WaitForAsync("MetricsUpdated", m => m.GetProperty("alerts").EnumerateArray().Any(a => a.GetProperty("ruleId").GetString() == "autos-wait"),
            "the autos-wait alert raised");

        var problem = await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(["metric", "targetId", "threshold"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True(update.GetProperty("alerts")[0].GetProperty("raised").GetBoolean());
    }

    private static int Waiting(JsonElement snapshot, string queue) =>
        snapshot.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("scope").GetString() == "Queue" && e.GetProperty("key").GetString() == queue)
            .Select(e => e.GetProperty("waiting").GetInt32()).FirstOrDefault();
}
