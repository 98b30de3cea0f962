using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Host.Tests.Support.Fakes;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Audit.Signing;
using ContactCenter.Kernel.Audit.Verification;
using ContactCenter.Kernel.Identity;

namespace ContactCenter.Host.Tests.Audit;

[Collection(SharedHostCollection.Name)]
public sealed class AuditApiTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task Export_AfterAnAllowedAndARefusedChange_RecordsBothWithActorOutcomeAndAddress()
    {
        fixture.Reset();
        fixture.Plugins.Add("audit.probe");
        using var admin = fixture.Host.CreateAdminClient();
        using var reader = fixture.Host.CreateClient(TestTokenAuthenticator.ReaderToken);
        using var allowed = await admin.PostAsync("/api/v1/plugins/audit.probe/enable", null);
        using var refused = await reader.DeleteAsync("/api/v1/plugins/audit.probe");

        var entries = (await ExportAsync("?target=/api/v1/plugins/")).Entries.Select(e => e.Record).ToList();

        var enable = Assert.Single(entries, e => e.Target == "/api/v1/plugins/audit.probe/enable");
        Assert.Equal(("local-admin", "http.post", AuditOutcomes.Success, "127.0.0.1"), (enable.Actor, enable.Action, enable.Outcome, enable.SourceIp));
        var delete = Assert.Single(entries, e => e.Target == "/api/v1/plugins/audit.probe");
        Assert.Equal(("reader", "http.delete", AuditOutcomes.Denied, "DELETE 403"), (delete.Actor, delete.Action, delete.Outcome, delete.Detail));
    }

    [Fact]
    public async Task Export_AfterAWrongToken_RecordsAFailedSignInWithoutTheToken()
    {
        using var stranger = fixture.Host.CreateClient("guessed-token-123");
        using var refused = await stranger.GetAsync("/api/v1/plugins/probe.wrong-token");

        var export = await ExportAsync("?action=sign-in.failed");

        var failed = Assert.Single(export.Entries, e => e.Record.Target == "/api/v1/plugins/probe.wrong-token").Record;
        Assert.Equal(("anonymous", AuditOutcomes.Denied), (failed.Actor, failed.Outcome));
        Assert.DoesNotContain(export.Entries, e => JsonSerializer.Serialize(e.Record).Contains("guessed-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_WholeLog_VerifiesOfflineWithThePublishedKeysAndIsItselfAudited()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var change = await admin.PostAsync("/api/v1/plugins/audit.other/disable", null);
        using var auditor = fixture.Host.CreateClient(TestTokenAuthenticator.RoleToken(Roles.Auditor));
        var pems = await auditor.GetFromJsonAsync<Dictionary<string, string>>("/api/v1/audit/keys");
        var keys = pems!.Values.Select(AuditKeyRing.ImportPublicKey).ToDictionary(AuditKeyRing.KeyIdOf, k => k);

        var export = await ExportAsync(string.Empty);
        var online = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");

        Assert.True(AuditLogVerification.Verify(export, keys).IsValid);
        Assert.True(online.GetProperty("isValid").GetBoolean(), online.ToString());
        Assert.Contains(export.Entries, e => e.Record.Action == "audit.exported" && e.Record.Actor == Roles.Auditor);
    }

    [Fact]
    public async Task Export_FromAfterTo_Answers400AndWritesNoExportEntry()
    {
        using var auditor = fixture.Host.CreateClient(TestTokenAuthenticator.RoleToken(Roles.Auditor));
        var before = (await ExportAsync("?action=audit.exported")).Entries.Count;

        using var response = await auditor.GetAsync("/api/v1/audit/export?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(before + 1, (await ExportAsync("?action=audit.exported")).Entries.Count);   // only the counting export itself
    }

    private async Task<AuditExport> ExportAsync(string query)
    {
        using var auditor = fixture.Host.CreateClient(TestTokenAuthenticator.RoleToken(Roles.Auditor));
        using var response = await auditor.GetAsync("/api/v1/audit/export" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        return await AuditExportFormat.ReadAsync(new StringReader(await response.Content.ReadAsStringAsync()));
    }
}
