using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Cli.Tests.Support;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Cli.Tests.Samples;

/// <summary>
/// The samples as an operator meets them: each packaged with <c>dotnet publish</c>, installed from its .zip into a
/// running host (real plugin manager, real HTTPS) through <c>cc</c>, and the echo channel upgraded in place.
/// </summary>
public sealed class SampleInstallTests : IAsyncLifetime, IDisposable
{
    private readonly SamplePackages _packages = new();
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    public void Dispose() => _packages.Dispose();

    [Fact]
    public async Task EchoSample_InstalledThenUpgradedThroughCc_NewVersionAnswers()
    {
        var first = await _packages.PublishAsync("EchoChannel", "ContactCenter.Samples.EchoChannel", "1.0.0");
        var second = await _packages.PublishAsync("EchoChannel", "ContactCenter.Samples.EchoChannel", "2.0.0");
        using var client = _host.CreateAdminClient();

        var install = await Cc("plugins", "install", first);
        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/channels/cc.samples.echo/version");
        var upgrade = await Cc("plugins", "upgrade", second);
        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/channels/cc.samples.echo/version");
        var list = await Cc("plugins", "list");

        Assert.True(install.ExitCode == ExitCodes.Success, install.Error);
        Assert.Equal("1.0.0", before.GetProperty("version").GetString());
        Assert.True(upgrade.ExitCode == ExitCodes.Success, upgrade.Error);
        Assert.Contains("Upgraded cc.samples.echo 2.0.0", upgrade.Output, StringComparison.Ordinal);
        Assert.Equal("2.0.0", after.GetProperty("version").GetString());
        Assert.Matches(@"cc\.samples\.echo +2\.0\.0 +yes +Active", list.Output);
    }

    [Fact]
    public async Task EchoSample_Published_ManifestIsTheSourceWithOnlyTheVersionStamped()
    {
        var package = await _packages.PublishAsync("EchoChannel", "ContactCenter.Samples.EchoChannel", "3.1.4");
        var expected = SamplePackages.SourceManifest("EchoChannel");
        expected["version"] = "3.1.4";

        var packaged = SamplePackages.PackagedManifest(package);

        // The reply prefix's schema pattern carries JSON escapes (\\r, \\n) that must reach the package unchanged.
        Assert.Equal(@"^[^\r\n]*$", packaged["configurationSchema"]!["properties"]!["replyPrefix"]!["pattern"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(expected, packaged), packaged.ToJsonString());
    }

    [Fact]
    public async Task RoutingSample_InstalledThroughCc_Active()
    {
        var package = await _packages.PublishAsync("MostSkilledRouting", "ContactCenter.Samples.MostSkilledRouting", "1.0.0");

        var install = await Cc("plugins", "install", package);
        var list = await Cc("plugins", "list", "--json");

        Assert.True(install.ExitCode == ExitCodes.Success, install.Error);
        var plugin = JsonDocument.Parse(list.Output).RootElement.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "cc.samples.most-skilled");
        Assert.Equal("Active", plugin.GetProperty("state").GetString());
    }

    private Task<CliRun> Cc(params string[] args) => CliRun.RunAsync([.. args, "--data-dir", _host.DataDirectory]);
}
