using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Bootstrap;

namespace ContactCenter.Host.Tests.Identity;

/// <summary>Password sign-in to a session cookie over real HTTPS, with the ugly cases: lockout, disabled, unknown, MFA policy.</summary>
public sealed class SignInTests(SignInHostFixture fixture) : IClassFixture<SignInHostFixture>
{
    private const string Password = "Agent-Password-7";

    [Fact]
    public async Task SignIn_AgentRightPassword_SetsAHardenedCookieCarryingTheRolesPermissions()
    {
        await fixture.CreateReadyUserAsync("agent.ok", Password, Roles.Agent);
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "agent.ok", password = Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-cc.session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/teams")).StatusCode);            // directory.read: an agent's
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/users")).StatusCode);      // users.read: not an agent's
        using var signedOut = await client.PostAsync("/api/v1/identity/sign-out", null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/teams")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var id = await fixture.CreateReadyUserAsync("agent.locked", Password, Roles.Agent);
        using var client = fixture.Host.CreateClient();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal("sign-in.failed", await CodeAsync(await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "agent.locked", password = "Wrong-Password-" + i })));
        }

        Assert.Equal("sign-in.locked-out", await CodeAsync(await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "agent.locked", password = "Wrong-Password-5" })));
        using var right = await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "agent.locked", password = Password });
        Assert.Equal("sign-in.locked-out", await CodeAsync(right));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.DoesNotContain(right.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("__Host-cc.session=", StringComparison.Ordinal)));
        using var admin = fixture.Host.CreateAdminClient();
        var audit = await admin.GetStringAsync($"/api/v1/audit/export?target=user/{id}&action=sign-in.failed");
        Assert.Equal(6, audit.Split('\n').Count(l => l.Contains("\"recordType\":\"entry\"", StringComparison.Ordinal) && l.Contains("\"sign-in.failed\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_UnknownUserOrDisabledAccount_AnswersLikeAWrongPassword()
    {
        var id = await fixture.CreateReadyUserAsync("agent.disabled", Password, Roles.Agent);
        using var admin = fixture.Host.CreateAdminClient();
        (await admin.PostAsync($"/api/v1/users/{id}/disable", null)).EnsureSuccessStatusCode();
        using var client = fixture.Host.CreateClient();

        using var disabled = await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "agent.disabled", password = Password });
        using var unknown = await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "nobody.here", password = Password });

        Assert.Equal((HttpStatusCode.Unauthorized, "sign-in.failed"), (disabled.StatusCode, await CodeAsync(disabled)));
        Assert.Equal((HttpStatusCode.Unauthorized, "sign-in.failed"), (unknown.StatusCode, await CodeAsync(unknown)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/teams")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FirstAdministrator_MustChangeThePasswordThenIsHeldByTheMfaPolicy()
    {
        var file = await File.ReadAllLinesAsync(Path.Combine(fixture.Host.DataDirectory, BootstrapCredentials.RelativePath));
        var oneTime = file.Single(l => l.StartsWith("password: ", StringComparison.Ordinal))["password: ".Length..];
        using var client = fixture.Host.CreateClient();

        using var first = await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "admin", password = oneTime });
        using var weak = await client.PostAsJsonAsync("/api/v1/identity/password", new { userName = "admin", currentPassword = oneTime, newPassword = "admin" });
        using var changed = await client.PostAsJsonAsync("/api/v1/identity/password", new { userName = "admin", currentPassword = oneTime, newPassword = "Admin-Password-2026" });
        using var second = await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "admin", password = "Admin-Password-2026" });

        Assert.Equal((HttpStatusCode.Forbidden, "sign-in.password-change-required"), (first.StatusCode, await CodeAsync(first)));
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, "sign-in.mfa-required"), (second.StatusCode, await CodeAsync(second)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/users")).StatusCode);
    }

    [Fact]
    public async Task SignIn_MissingFields_Answers400()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName = "agent.ok" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();
        }
    }
}
