using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Storage;
using ContactCenter.Testing.Hosting;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.Durability;

/// <summary>
/// A host stopped and started again on the same data directory (and database) finds everything: interactions with
/// their event logs, agents' presence, plugin documents and installed plugins (loaded and answering).
/// </summary>
public abstract class RestartTests : IAsyncLifetime
{
    private const string PluginId = "cc.test.restart";
    private const string PluginCollection = "p.cc.test.restart.notes";

    protected DirectoryInfo Work { get; } = Directory.CreateTempSubdirectory("cc-restart-");

    protected string DataDirectory => Path.Combine(Work.FullName, "data");

    protected abstract string[] HostArguments { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        Work.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Restart_SameStore_KeepsInteractionsPresencePluginDocumentsAndPlugins()
    {
        var package = TestPlugin.Create(PluginId, "1.0.0").WithSource(TestPluginSources.HttpReply("sigo aquí")).PackZip(Path.Combine(Work.FullName, "plugin.zip"));
        string interactionId;
        await using (var host = await RunningHost.StartAsync(DataDirectory, null, HostArguments))
        {
            using var client = host.CreateAdminClient();
            using (var install = await client.PostAsync(new Uri("/api/v1/plugins", UriKind.Relative), Zip(package)))
            {
                Assert.True(install.IsSuccessStatusCode, await install.Content.ReadAsStringAsync());
            }

            using var created = await client.PostAsJsonAsync("/api/v1/interactions", new { channel = "Voice", subject = "Siniestro", externalId = "restart-1" });
            interactionId = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
            (await client.PostAsJsonAsync($"/api/v1/interactions/{interactionId}/fail", new { reason = "línea caída" })).EnsureSuccessStatusCode();

            await host.App.Services.GetRequiredService<IDirectory>().Agents.SaveAsync(new Agent { Id = "ana", DisplayName = "Ana Muñoz" });
            (await client.PutAsJsonAsync("/api/v1/agents/ana/presence", new { statusId = "break", reasonCode = "coffee" })).EnsureSuccessStatusCode();

            var store = host.App.Services.GetRequiredService<IDocumentStore>();
            await store.EnsureCollectionAsync(new CollectionDefinition(PluginCollection, ["phone"]), CancellationToken.None);
            await store.CommitAsync(new WriteBatch().Insert(PluginCollection, "n1", """{"phone":"+506 2222 3333","text":"Llamar mañana"}"""), CancellationToken.None);
        }

        await using (var host = await RunningHost.StartAsync(DataDirectory, null, HostArguments))
        {
            using var client = host.CreateAdminClient();
            var interaction = await client.GetFromJsonAsync<JsonElement>($"/api/v1/interactions/{interactionId}");
            var presence = await client.GetFromJsonAsync<JsonElement>("/api/v1/agents/ana/presence");
            var plugins = await client.GetStringAsync(new Uri("/api/v1/plugins", UriKind.Relative));
            var answer = await client.GetStringAsync(new Uri($"/api/v1/channels/{PluginId}/hola", UriKind.Relative));
            var store = host.App.Services.GetRequiredService<IDocumentStore>();
            var events = await store.ReadEventsAsync(new EventQuery(interactionId), CancellationToken.None);
            var notes = await store.QueryAsync(PluginCollection, DocumentQuery.Where("phone", "+506 2222 3333"), CancellationToken.None);

            Assert.Equal("Failed", interaction.GetProperty("state").GetString(), ignoreCase: true);
            Assert.Single(events);
            Assert.Equal("línea caída", JsonDocument.Parse(events[0].Json).RootElement.GetProperty("reason").GetString());
            Assert.Equal("break", presence.GetProperty("statusId").GetString());
            Assert.Equal("coffee", presence.GetProperty("reasonCode").GetString());
            Assert.Contains(PluginId, plugins, StringComparison.Ordinal);
            Assert.Equal("sigo aquí 1.0.0 /hola", answer);
            Assert.Equal("Llamar mañana", JsonDocument.Parse(Assert.Single(notes.Items).Json).RootElement.GetProperty("text").GetString());
        }
    }

    private static ByteArrayContent Zip(string path)
    {
        var content = new ByteArrayContent(File.ReadAllBytes(path));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/zip");
        return content;
    }
}
