using System.Net;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Sla;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Host.Tests.Health;

[Collection(SharedHostCollection.Name)]
public sealed class HealthEndpointsTests(SharedHostFixture fixture) : IDisposable
{
    public void Dispose() => fixture.Reset();

    [Theory]
    [InlineData("/livez")]
    [InlineData("/healthz")]
    public async Task Liveness_WithoutToken_AnswersHealthy(string path)
    {
        fixture.Store.Result = new ProbeResult(false, "store is down");
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_AllHealthy_ListsStoreClusterAndPlugins()
    {
        fixture.Plugins.Add("acme.chat");
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var entries = Entries(body);
        Assert.Equal("Healthy", entries["store"].GetProperty("status").GetString());
        Assert.Equal("component", entries["store"].GetProperty("kind").GetString());
        Assert.Equal("Healthy", entries["cluster"].GetProperty("status").GetString());
        Assert.Equal("plugin", entries["plugin:acme.chat"].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Readyz_StoreProbeUnhealthy_Answers503NamingTheStore()
    {
        fixture.Store.Result = new ProbeResult(false, "disk full");
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        var store = Entries(body)["store"];
        Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
        Assert.Equal("disk full", store.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Readyz_StoreProbeHangs_AnswersUnhealthyWithinBudget()
    {
        fixture.Store.Hang = true;
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var store = Entries(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement)["store"];
        Assert.Contains("did not answer", store.GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Readyz_PluginHealthCheckNeverCompletes_StillAnswers200WithPluginDegraded()
    {
        fixture.Plugins.Add("acme.hangs");
        fixture.Plugins.Add("acme.off", enabled: false, state: PluginState.Disabled);
        fixture.Plugins.Health = (_, _) => new TaskCompletionSource<IReadOnlyList<PluginHealthReport>>().Task;
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        var entries = Entries(body);
        Assert.Equal("Degraded", entries["plugin:acme.hangs"].GetProperty("status").GetString());
        Assert.False(entries.ContainsKey("plugin:acme.off"));
        Assert.Equal("Healthy", entries["store"].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_FaultedPlugin_Answers200Degraded()
    {
        fixture.Plugins.Add("acme.faulty", state: PluginState.Faulted);
        fixture.Plugins.Health = (_, _) => Task.FromResult<IReadOnlyList<PluginHealthReport>>(
            [new PluginHealthReport("acme.faulty", "1.0.0", PluginState.Faulted, PluginHealthStatus.Unhealthy, "threw on start")]);
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Entries(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement)["plugin:acme.faulty"];
        Assert.Equal("Degraded", entry.GetProperty("status").GetString());
        Assert.Contains("threw on start", entry.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static Dictionary<string, JsonElement> Entries(JsonElement body) =>
        body.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
}
