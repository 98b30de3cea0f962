using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.EndToEnd;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Api.AccessReview;

/// <summary>The access report on the demo host: every account with roles, permissions, MFA and idle flag; scoped supervisors see their teams only.</summary>
public sealed class AccessReportTests : IAsyncLifetime
{
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await EndToEndHost.StartAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Report_Administrator_ListsEveryAccountWithItsAccess()
    {
        using var admin = _host.CreateAdminClient();

        var entries = await admin.GetFromJsonAsync<JsonElement>("/api/v1/access-review/report");

        var byName = entries.EnumerateArray().ToDictionary(e => e.GetProperty("userName").GetString()!);
        Assert.Equal(["admin", "agent1", "agent2", "agent3", "agent4", "auditor", "supervisor1"], byName.Keys.Order(StringComparer.Ordinal));
        var agent3 = byName["agent3"];
        Assert.Equal(["agent"], agent3.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("presence.write", agent3.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["salud"], agent3.GetProperty("serviceLineIds").EnumerateArray().Select(p => p.GetString()));
        Assert.False(agent3.GetProperty("mfaEnabled").GetBoolean());
        Assert.False(agent3.GetProperty("idle").GetBoolean());
        Assert.False(agent3.TryGetProperty("lastSignInAt", out var last) && last.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Report_ScopedSupervisorOrAgent_SeesTheirTeamsOnlyOr403()
    {
        using var admin = _host.CreateAdminClient();
        (await admin.PostAsJsonAsync("/api/v1/users", new { userName = "sup.report", password = "First-Password-1", roles = new[] { "supervisor" }, teamIds = new[] { "team-salud" } })).EnsureSuccessStatusCode();
        using var supervisor = _host.CreateClient();
        (await supervisor.PostAsJsonAsync("/api/v1/identity/password", new { userName = "sup.report", currentPassword = "First-Password-1", newPassword = "Report-Password-7" })).EnsureSuccessStatusCode();
        (await supervisor.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "sup.report", password = "Report-Password-7" })).EnsureSuccessStatusCode();
        using var agent = _host.CreateClient();
        var guide = await File.ReadAllTextAsync(Path.Combine(_host.DataDirectory, "demo-guide.txt"));
        var demoPassword = System.Text.RegularExpressions.Regex.Match(guide, "generated password (\\S+) ").Groups[1].Value;
        (await agent.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "agent1", password = demoPassword })).EnsureSuccessStatusCode();

        var entries = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/access-review/report");

        Assert.Equal(["agent3", "agent4", "sup.report", "supervisor1"], entries.EnumerateArray().Select(e => e.GetProperty("userName").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/access-review/report")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.CreateClient().GetAsync("/api/v1/access-review/report")).StatusCode);
    }
}
