using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.EndToEnd;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Host.Tests.Api.AccessReview;

/// <summary>Access review campaigns over HTTPS on the demo host (LiteDB): decisions applied and audited, scope and self-review enforced.</summary>
public sealed class AccessReviewCampaignTests : IAsyncLifetime
{
    private const string Campaigns = "/api/v1/access-review/campaigns";
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await EndToEndHost.StartAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Campaign_AdministratorRevokesAndConfirms_AppliedAuditedAndClosed()
    {
        using var admin = _host.CreateAdminClient();
        var bad = await admin.PostAsJsonAsync(Campaigns, new { name = "", teamIds = new[] { "team-nowhere" }, dueAt = DateTimeOffset.UtcNow.AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["dueAt", "name", "teamIds"], (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>(Campaigns)).EnumerateArray());

        var opened = await admin.PostAsJsonAsync(Campaigns, new { name = "Salud Q4", teamIds = new[] { "team-salud" }, dueAt = DateTimeOffset.UtcNow.AddDays(7) });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var campaign = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var id = campaign.GetProperty("id").GetString()!;
        var users = UsersOf(campaign);
        Assert.Equal(["agent3", "agent4", "supervisor1"], users.Keys.Order(StringComparer.Ordinal));

        var revoked = await admin.PostAsJsonAsync($"{Campaigns}/{id}/items/{users["agent4"]}/decision",
            new { outcome = "revoked", removeRoles = new[] { "agent" }, disable = true, reason = "Moved to another insurer" });
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var agent4 = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{users["agent4"]}");
        Assert.Empty(agent4.GetProperty("roles").EnumerateArray());
        Assert.True(agent4.GetProperty("disabled").GetBoolean());

        (await admin.PostAsJsonAsync($"{Campaigns}/{id}/items/{users["agent3"]}/decision", new { outcome = "confirmed" })).EnsureSuccessStatusCode();
        var last = await (await admin.PostAsJsonAsync($"{Campaigns}/{id}/items/{users["supervisor1"]}/decision", new { outcome = "confirmed" }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Closed", 0), (last.GetProperty("status").GetString(), last.GetProperty("undecided").GetInt32()));
        var again = await admin.PostAsJsonAsync($"{Campaigns}/{id}/items/{users["agent3"]}/decision", new { outcome = "confirmed" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var audit = await admin.GetStringAsync("/api/v1/audit/export?target=user/" + users["agent4"]);
        Assert.Contains("\"access-review.revoked\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"user.disabled\"", audit, StringComparison.Ordinal);
        Assert.Contains("access-review.closed", await admin.GetStringAsync($"/api/v1/audit/export?target=access-review/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Campaign_ScopedSupervisor_SeesAndDecidesOnlyTheirTeamsAndNeverThemselves()
    {
        using var admin = _host.CreateAdminClient();
        (await admin.PostAsJsonAsync("/api/v1/users", new { userName = "sup.review", password = "First-Password-1", roles = new[] { "supervisor" }, teamIds = new[] { "team-salud" } })).EnsureSuccessStatusCode();
        using var supervisor = _host.CreateClient();
        (await supervisor.PostAsJsonAsync("/api/v1/identity/password", new { userName = "sup.review", currentPassword = "First-Password-1", newPassword = "Review-Password-7" })).EnsureSuccessStatusCode();
        (await supervisor.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "sup.review", password = "Review-Password-7" })).EnsureSuccessStatusCode();
        var campaign = await (await admin.PostAsJsonAsync(Campaigns, new { name = "Everyone", dueAt = DateTimeOffset.UtcNow.AddDays(7) }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var id = campaign.GetProperty("id").GetString()!;
        var users = UsersOf(campaign);

        var seen = await supervisor.GetFromJsonAsync<JsonElement>($"{Campaigns}/{id}");
        var outside = await supervisor.PostAsJsonAsync($"{Campaigns}/{id}/items/{users["agent1"]}/decision", new { outcome = "revoked", disable = true, reason = "x" });
        var self = await supervisor.PostAsJsonAsync($"{Campaigns}/{id}/items/{users["sup.review"]}/decision", new { outcome = "confirmed" });
        var everyone = await supervisor.PostAsJsonAsync(Campaigns, new { name = "Mine", dueAt = DateTimeOffset.UtcNow.AddDays(7) });
        var own = await supervisor.PostAsJsonAsync($"{Campaigns}/{id}/items/{users["agent3"]}/decision", new { outcome = "confirmed" });

        Assert.Equal(["agent3", "agent4", "sup.review", "supervisor1"], UsersOf(seen).Keys.Order(StringComparer.Ordinal));
        Assert.Equal((HttpStatusCode.Forbidden, "scope.forbidden"), (outside.StatusCode, await CodeAsync(outside)));
        Assert.Equal((HttpStatusCode.Forbidden, "access-review.self"), (self.StatusCode, await CodeAsync(self)));
        Assert.Equal(HttpStatusCode.Forbidden, everyone.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var agent1 = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/users/{users["agent1"]}");
        Assert.False(agent1.GetProperty("disabled").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.CreateClient().GetAsync(Campaigns)).StatusCode);
        using var agent = _host.CreateClient();
        var guide = await File.ReadAllTextAsync(Path.Combine(_host.DataDirectory, "demo-guide.txt"));
        var demoPassword = System.Text.RegularExpressions.Regex.Match(guide, "generated password (\\S+) ").Groups[1].Value;
        (await agent.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "agent1", password = demoPassword })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync(Campaigns)).StatusCode);
    }

    private static Dictionary<string, string> UsersOf(JsonElement campaign) =>
        campaign.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("access"))
            .ToDictionary(a => a.GetProperty("userName").GetString()!, a => a.GetProperty("userId").GetString()!);

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}
