using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using ContactCenter.Kernel.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace ContactCenter.Host.Tests.Security.OAuth;

/// <summary>Authorization code + PKCE with the session cookie, then refresh token rotation, over HTTPS on loopback.</summary>
public sealed class AuthorizationCodeTests(OAuthHostFixture fixture) : IClassFixture<OAuthHostFixture>
{
    private const string Redirect = "https://wallboard.example/callback";
    private const string Password = "Agent-Password-7";

    [Fact]
    public async Task AuthorizationCode_WithPkce_IssuesUserTokenThenRefreshRotates()
    {
        using var browser = await SignedInAgentAsync("agent.code");
        var verifier = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

        var code = await AuthorizeAsync(browser, verifier, "directory.read users.read offline_access");
        var (status, tokens) = await fixture.PostFormAsync("/connect/token", null, null,
            ("grant_type", "authorization_code"), ("client_id", "wallboard"), ("code", code), ("redirect_uri", Redirect), ("code_verifier", verifier));

        Assert.True(status == HttpStatusCode.OK, tokens.ToString());
        using (var api = fixture.Host.CreateClient(tokens.GetProperty("access_token").GetString()))
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/teams")).StatusCode);          // the agent's and requested
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/users")).StatusCode);   // requested, not an agent's
        }

        var first = tokens.GetProperty("refresh_token").GetString()!;
        var (renewed, next) = await fixture.PostFormAsync("/connect/token", null, null, ("grant_type", "refresh_token"), ("client_id", "wallboard"), ("refresh_token", first));
        Assert.Equal(HttpStatusCode.OK, renewed);
        Assert.NotEqual(first, next.GetProperty("refresh_token").GetString());

        var (reused, error) = await fixture.PostFormAsync("/connect/token", null, null, ("grant_type", "refresh_token"), ("client_id", "wallboard"), ("refresh_token", first));
        Assert.Equal(HttpStatusCode.BadRequest, reused);
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task AuthorizationCode_WrongVerifierOrReusedCode_IsInvalidGrant()
    {
        using var browser = await SignedInAgentAsync("agent.pkce");
        var verifier = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var code = await AuthorizeAsync(browser, verifier, "directory.read");

        var (wrong, wrongBody) = await fixture.PostFormAsync("/connect/token", null, null,
            ("grant_type", "authorization_code"), ("client_id", "wallboard"), ("code", code), ("redirect_uri", Redirect), ("code_verifier", verifier + "x"));
        var (right, _) = await fixture.PostFormAsync("/connect/token", null, null,
            ("grant_type", "authorization_code"), ("client_id", "wallboard"), ("code", code), ("redirect_uri", Redirect), ("code_verifier", verifier));
        var (reused, reusedBody) = await fixture.PostFormAsync("/connect/token", null, null,
            ("grant_type", "authorization_code"), ("client_id", "wallboard"), ("code", code), ("redirect_uri", Redirect), ("code_verifier", verifier));

        Assert.Equal(HttpStatusCode.BadRequest, wrong);
        Assert.Equal("invalid_grant", wrongBody.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, right);
        Assert.Equal(HttpStatusCode.BadRequest, reused); // a code works once
        Assert.Equal("invalid_grant", reusedBody.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Authorize_WithoutSessionOrWithoutPkce_IsRefused()
    {
        await EnsureClientAsync();
        using var anonymous = fixture.CreateBrowserLikeClient();
        var challenge = Challenge(Base64UrlEncode(RandomNumberGenerator.GetBytes(32)));

        using var noSession = await anonymous.GetAsync(AuthorizeUri(challenge, "directory.read"));
        using var noPkce = await anonymous.GetAsync($"/connect/authorize?response_type=code&client_id=wallboard&redirect_uri={Uri.EscapeDataString(Redirect)}&scope=directory.read");

        Assert.Equal(HttpStatusCode.Unauthorized, noSession.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, noPkce.StatusCode);
        Assert.DoesNotContain("code=", noPkce.Headers.Location?.Query ?? "", StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAgentAsync(string userName)
    {
        await EnsureClientAsync();
        using (var admin = fixture.Host.CreateAdminClient())
        {
            using var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName, password = "First-Password-1", roles = new[] { Roles.Agent } });
            created.EnsureSuccessStatusCode();
        }

        var browser = fixture.CreateBrowserLikeClient();
        (await browser.PostAsJsonAsync("/api/v1/identity/password", new { userName, currentPassword = "First-Password-1", newPassword = Password })).EnsureSuccessStatusCode();
        (await browser.PostAsJsonAsync("/api/v1/identity/sign-in", new { userName, password = Password })).EnsureSuccessStatusCode();
        return browser;
    }

    private async Task EnsureClientAsync()
    {
        using var admin = fixture.Host.CreateAdminClient();
        if ((await admin.GetAsync("/api/v1/clients/wallboard")).StatusCode == HttpStatusCode.NotFound)
        {
            await fixture.CreateClientAsync(new
            {
                clientId = "wallboard", displayName = "Wallboard", confidential = false,
                scopes = new[] { "directory.read", "users.read" }, grantTypes = new[] { "authorization_code", "refresh_token" }, redirectUris = new[] { Redirect },
            });
        }
    }

    private static async Task<string> AuthorizeAsync(HttpClient browser, string verifier, string scope)
    {
        using var response = await browser.GetAsync(AuthorizeUri(Challenge(verifier), scope));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!;
        Assert.StartsWith(Redirect, location.GetLeftPart(UriPartial.Path), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("xyz", query["state"].ToString());
        return query["code"].ToString();
    }

    private static string AuthorizeUri(string challenge, string scope) =>
        $"/connect/authorize?response_type=code&client_id=wallboard&redirect_uri={Uri.EscapeDataString(Redirect)}" +
        $"&scope={Uri.EscapeDataString(scope)}&state=xyz&code_challenge={challenge}&code_challenge_method=S256";

    private static string Challenge(string verifier) => Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string Base64UrlEncode(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
