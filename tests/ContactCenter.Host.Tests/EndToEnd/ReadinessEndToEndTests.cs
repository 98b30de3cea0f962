using System.Net;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Testing.Plugins;

namespace ContactCenter.Host.Tests.EndToEnd;

/// <summary><c>/readyz</c> on the real plugin host with a real plugin whose health check never completes.</summary>
public sealed class ReadinessEndToEndTests : IAsyncLifetime
{
    private const string PluginId = "cc.e2e.hangs";

    private const string HangingHealth = """
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IPluginHealthCheck, NeverAnswers>();
        }

        public sealed class NeverAnswers : IPluginHealthCheck
        {
            private static readonly TaskCompletionSource<PluginHealth> Never = new();

            public ValueTask<PluginHealth> CheckAsync(CancellationToken ct) => new(Never.Task);
        }
        """;

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-e2e-ready-");
    private ContactCenter.Testing.Hosting.RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await EndToEndHost.StartAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _work.Delete(recursive: true);
    }

    [Fact]
    public async Task Readyz_PluginHealthCheckHangs_AnswersDegradedNamingThePlugin()
    {
        using var admin = _host.CreateAdminClient();
        var zip = TestPlugin.Create(PluginId, "1.0.0").WithSource(HangingHealth).PackZip(Path.Combine(_work.FullName, "hangs.zip"));
        using (var installed = await admin.PostAsync("/api/v1/plugins", TestPackages.Content(File.ReadAllBytes(zip))))
        {
            Assert.Equal(HttpStatusCode.Created, installed.StatusCode);
        }

        using var anonymous = _host.CreateClient();
        using var response = await anonymous.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        var entries = body.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!);
        Assert.Equal("Degraded", entries["plugin:" + PluginId].GetProperty("status").GetString());
        Assert.Equal("Healthy", entries["store"].GetProperty("status").GetString());
        Assert.Contains("LiteDb", entries["store"].GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Healthy", entries["cluster"].GetProperty("status").GetString());
    }
}
