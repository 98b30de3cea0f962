using System.Net;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Host.Tests.EndToEnd;

/// <summary>Stopping the host and starting it again on the same data directory keeps interactions, presence and plugins.</summary>
public sealed class RestartEndToEndTests : IDisposable
{
    private const string PluginId = "cc.e2e.survivor";
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("cc-e2e-restart-");
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-e2e-restart-work-");

    [Fact]
    public async Task Restart_SameDataDirectory_KeepsInteractionsPresenceAndPlugins()
    {
        string queuedId;
        string closedId;
        await using (var first = await EndToEndHost.StartAsync(_data.FullName))
        {
            using var client = first.CreateAdminClient();
            await Api.SetPresenceAsync(client, "agent1", "available");
            closedId = await Api.CreateAndEnqueueAsync(client, "autos", "autos-general");
            await Api.WaitForStateAsync(client, closedId, "Offered");
            await Api.PostAsync(client, $"/api/v1/interactions/{closedId}/accept", new { agentId = "agent1" });
            await Api.PostAsync(client, $"/api/v1/interactions/{closedId}/end");
            await Api.PostAsync(client, $"/api/v1/interactions/{closedId}/close", new { disposition = new { code = "consulta/cobertura" } });
            await Api.SetPresenceAsync(client, "agent1", "break");

            // Nobody serves Salud: this one is still waiting when the host stops.
            queuedId = await Api.CreateAndEnqueueAsync(client, "salud", "salud-general");
            var zip = TestPlugin.Create(PluginId, "1.3.0").WithSource(TestPluginSources.HttpReply("reply")).PackZip(Path.Combine(_work.FullName, "survivor.zip"));
            using var installed = await client.PostAsync("/api/v1/plugins", TestPackages.Content(File.ReadAllBytes(zip)));
            Assert.Equal(HttpStatusCode.Created, installed.StatusCode);
        }

        await using var second = await EndToEndHost.StartAsync(_data.FullName);
        using var again = second.CreateAdminClient();

        var closed = await Api.GetAsync(again, $"/api/v1/interactions/{closedId}");
        Assert.Equal(("Closed", "consulta/cobertura"), (closed.GetProperty("state").GetString(), closed.GetProperty("disposition").GetProperty("code").GetString()));
        var queued = await Api.GetAsync(again, $"/api/v1/interactions/{queuedId}");
        Assert.Equal(("Queued", "salud-general"), (queued.GetProperty("state").GetString(), queued.GetProperty("queueId").GetString()));
        var presence = await Api.GetAsync(again, "/api/v1/agents/agent1/presence");
        Assert.Equal(("break", "Idle"), (presence.GetProperty("statusId").GetString(), presence.GetProperty("subState").GetString()));
        var plugin = await Api.GetAsync(again, $"/api/v1/plugins/{PluginId}");
        Assert.Equal(("1.3.0", "Active"), (plugin.GetProperty("version").GetString(), plugin.GetProperty("state").GetString()));
        Assert.Equal("reply 1.3.0 /hello", await PluginsEndToEndTests.CallAsync(second, PluginId));
    }

    public void Dispose()
    {
        _data.Delete(recursive: true);
        _work.Delete(recursive: true);
    }
}
