using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Kernel.Audit;
using ContactCenter.Testing.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Host.Tests.EndToEnd;

/// <summary>
/// Plugin permission approval over HTTPS on the real host (kernel, plugin host, LiteDB, audit log): an uploaded plugin
/// starts with nothing approved, its calls answer 403 until an administrator approves, and again at once after a
/// revocation; every change and refusal is in the audit log.
/// </summary>
public sealed class PluginPermissionsEndToEndTests(DemoHostFixture fixture) : IClassFixture<DemoHostFixture>, IDisposable
{
    private const string PluginId = "cc.e2e.reader";

    private const string Reader = """
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IPluginHttpHandler, Handler>();
        }

        public sealed class Handler(IInteractionService interactions) : IPluginHttpHandler
        {
            public async ValueTask HandleAsync(IPluginHttpContext http, CancellationToken ct)
            {
                var found = await interactions.GetAsync("i-none", ct);
                await http.Response.WriteTextAsync(found is null ? "none" : "found", cancellationToken: ct);
            }
        }
        """;

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-e2e-permissions-");

    [Fact]
    public async Task UploadedPlugin_DeniedUntilApproved_DeniedAgainAtOnceWhenRevoked_AllAudited()
    {
        using var admin = fixture.Host.CreateAdminClient();
        await InstallAsync(admin);
        try
        {
            var initial = await Api.GetAsync(admin, Path());
            Assert.Equal(["interactions.read"], Names(initial, "requested"));
            Assert.Empty(Names(initial, "approved"));
            Assert.Equal(["interactions.read"], Names(initial, "pending"));
            var refused = await ProblemAssert.IsProblemAsync(await CallAsync(), HttpStatusCode.Forbidden);
            Assert.Contains("interactions.read", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

            var approved = await Api.PostAsync(admin, Path("/approve"), new { permissions = new[] { "interactions.read" } });
            Assert.Equal(["interactions.read"], Names(approved, "effective"));
            using (var allowed = await CallAsync())
            {
                Assert.Equal((HttpStatusCode.OK, "none"), (allowed.StatusCode, await allowed.Content.ReadAsStringAsync()));
            }

            var plugin = await Api.GetAsync(admin, $"/api/v1/plugins/{PluginId}");
            Assert.Equal(["interactions.read"], Names(plugin, "approvedPermissions"));

            await Api.PostAsync(admin, Path("/revoke"), new { permissions = new[] { "interactions.read" } });
            await ProblemAssert.IsProblemAsync(await CallAsync(), HttpStatusCode.Forbidden);

            var entries = await AuditAsync();
            var approval = Assert.Single(entries, e => e.Action == "plugin.permissions-approved");
            Assert.NotEqual("system", approval.Actor);
            Assert.Null(approval.BeforeDigest);
            Assert.NotNull(approval.AfterDigest);
            Assert.Contains("after: [interactions.read]", approval.Detail, StringComparison.Ordinal);
            var revocation = Assert.Single(entries, e => e.Action == "plugin.permissions-revoked");
            Assert.Equal(approval.AfterDigest, revocation.BeforeDigest);
            Assert.Contains("after: []", revocation.Detail, StringComparison.Ordinal);
            var denied = Assert.Single(entries, e => e.Action == "plugin.permission-denied");
            Assert.Equal(("plugin:" + PluginId, AuditOutcomes.Denied), (denied.Actor, denied.Outcome));
            Assert.Contains("read an interaction needs interactions.read (not-approved)", denied.Detail, StringComparison.Ordinal);
        }
        finally
        {
            await Api.SendAsync(admin, HttpMethod.Delete, $"/api/v1/plugins/{PluginId}", expected: HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task Approve_UnknownPermission_Answers400AndChangesNothing()
    {
        using var admin = fixture.Host.CreateAdminClient();
        await InstallAsync(admin);
        try
        {
            using var response = await admin.PostAsJsonAsync(Path("/approve"), new { permissions = new[] { "interactions.read", "everything.all" } });

            var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
            Assert.Contains("everything.all", problem.GetRawText(), StringComparison.Ordinal);
            Assert.Empty(Names(await Api.GetAsync(admin, Path()), "approved"));
            Assert.DoesNotContain(await AuditAsync(), e => e.Action == "plugin.permissions-approved");
        }
        finally
        {
            await Api.SendAsync(admin, HttpMethod.Delete, $"/api/v1/plugins/{PluginId}", expected: HttpStatusCode.NoContent);
        }
    }

    [Fact]
    public async Task Approve_CallerWithoutPluginsManage_Answers403()
    {
        using var agent = fixture.Host.CreateClient(AgentTokens.For("agent-1"));

        using var response = await agent.PostAsJsonAsync("/api/v1/plugins/cc.channels.webchat/permissions/approve", new { permissions = new[] { "interactions.read" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static string Path(string rest = "") => $"/api/v1/plugins/{PluginId}/permissions{rest}";

    private static List<string?> Names(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(e => e.GetString()).ToList();

    private async Task<HttpResponseMessage> CallAsync()
    {
        using var anonymous = fixture.Host.CreateClient();
        return await anonymous.GetAsync($"/api/v1/channels/{PluginId}/read");
    }

    private async Task<List<AuditRecord>> AuditAsync()
    {
        var log = fixture.Host.App.Services.GetRequiredService<IAuditLog>();
        var entries = new List<AuditRecord>();
        await foreach (var entry in log.ReadAsync(new AuditQuery { Target = "plugin/" + PluginId }))
        {
            entries.Add(entry);
        }

        // Entries of an earlier test's install of the same id end at its uninstall; keep this test's own.
        var start = entries.FindLastIndex(e => e.Action == "plugin.permissions-forgotten" || e.Action == "plugin.disabled" && e.Detail?.Contains("uninstalled", StringComparison.Ordinal) == true);
        return entries[(start + 1)..];
    }

    private async Task InstallAsync(HttpClient admin)
    {
        var zip = TestPlugin.Create(PluginId, "1.0.0").WithSource(Reader).WithPermissions("interactions.read")
            .PackZip(System.IO.Path.Combine(_work.FullName, $"{Guid.NewGuid():N}.zip"));
        using var installed = await admin.PostAsync("/api/v1/plugins", TestPackages.Content(File.ReadAllBytes(zip)));
        Assert.Equal(HttpStatusCode.Created, installed.StatusCode);
    }
}
