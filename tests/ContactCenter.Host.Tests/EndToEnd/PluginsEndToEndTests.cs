using System.Net;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Testing.Hosting;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Host.Tests.EndToEnd;

/// <summary>A Roslyn-built plugin through the API on the real plugin host: install, call, upgrade, disable, uninstall.</summary>
public sealed class PluginsEndToEndTests(DemoHostFixture fixture) : IClassFixture<DemoHostFixture>, IDisposable
{
    private const string PluginId = "cc.e2e.reply";
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-e2e-plugins-");

    [Fact]
    public async Task Plugin_InstallCallUpgradeDisableUninstall_EachStepAsDocumented()
    {
        using var client = fixture.Host.CreateAdminClient();

        using (var installed = await client.PostAsync("/api/v1/plugins", Package("1.0.0")))
        {
            Assert.Equal(HttpStatusCode.Created, installed.StatusCode);
            Assert.Equal($"/api/v1/plugins/{PluginId}", installed.Headers.Location?.OriginalString);
        }

        Assert.Equal("reply 1.0.0 /hello", await CallAsync(fixture.Host));

        using (var upgraded = await client.PostAsync($"/api/v1/plugins/{PluginId}/upgrade", Package("2.0.0")))
        {
            Assert.Equal(HttpStatusCode.OK, upgraded.StatusCode);
        }

        Assert.Equal("reply 2.0.0 /hello", await CallAsync(fixture.Host));
        var plugin = await Api.GetAsync(client, $"/api/v1/plugins/{PluginId}");
        Assert.Equal(("2.0.0", "Active"), (plugin.GetProperty("version").GetString(), plugin.GetProperty("state").GetString()));

        await Api.PostAsync(client, $"/api/v1/plugins/{PluginId}/disable");
        using (var anonymous = fixture.Host.CreateClient())
        using (var disabled = await anonymous.GetAsync($"/api/v1/channels/{PluginId}/hello"))
        {
            var problem = await ProblemAssert.IsProblemAsync(disabled, HttpStatusCode.NotFound);
            Assert.Contains("Disabled", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("Disabled", (await Api.GetAsync(client, $"/api/v1/plugins/{PluginId}")).GetProperty("state").GetString());

        await Api.SendAsync(client, HttpMethod.Delete, $"/api/v1/plugins/{PluginId}", expected: HttpStatusCode.NoContent);
        await Api.SendAsync(client, HttpMethod.Get, $"/api/v1/plugins/{PluginId}", expected: HttpStatusCode.NotFound);
        using (var anonymous = fixture.Host.CreateClient())
        using (var gone = await anonymous.GetAsync($"/api/v1/channels/{PluginId}/hello"))
        {
            await ProblemAssert.IsProblemAsync(gone, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Upgrade_WithAnotherPluginsPackage_Answers400AndKeepsTheInstalledVersion()
    {
        using var client = fixture.Host.CreateAdminClient();
        const string other = "cc.e2e.other";
        using (var installed = await client.PostAsync("/api/v1/plugins", Package("1.0.0", other)))
        {
            Assert.Equal(HttpStatusCode.Created, installed.StatusCode);
        }

        try
        {
            using var refused = await client.PostAsync($"/api/v1/plugins/{other}/upgrade", Package("2.0.0"));

            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.BadRequest);
            Assert.Equal("1.0.0", (await Api.GetAsync(client, $"/api/v1/plugins/{other}")).GetProperty("version").GetString());
            await Api.SendAsync(client, HttpMethod.Get, $"/api/v1/plugins/{PluginId}", expected: HttpStatusCode.NotFound);
        }
        finally
        {
            await Api.SendAsync(client, HttpMethod.Delete, $"/api/v1/plugins/{other}", expected: HttpStatusCode.NoContent);
        }
    }

    public void Dispose() => _work.Delete(recursive: true);

    internal static async Task<string> CallAsync(RunningHost host, string pluginId = PluginId)
    {
        using var anonymous = host.CreateClient();
        using var response = await anonymous.GetAsync($"/api/v1/channels/{pluginId}/hello");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The plugin answered {(int)response.StatusCode}: {text}");
        return text;
    }

    private ByteArrayContent Package(string version, string id = PluginId)
    {
        var zip = TestPlugin.Create(id, version).WithSource(TestPluginSources.HttpReply("reply"))
            .PackZip(Path.Combine(_work.FullName, $"{id}-{version}.zip"));
        return TestPackages.Content(File.ReadAllBytes(zip));
    }
}
