using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactCenter.Host.Tests.Security.OAuth;

/// <summary>Client credentials end to end over HTTPS on loopback, with a plain RFC 6749 client.</summary>
public sealed class ClientCredentialsTests(OAuthHostFixture fixture) : IClassFixture<OAuthHostFixture>
{
    [Fact]
    public async Task Token_BootstrapClient_CallsApiWithItsPermissionsAndIsForbiddenOthers()
    {
        var token = await fixture.ClientTokenAsync(OAuthHostFixture.BootstrapId, OAuthHostFixture.BootstrapSecret);
        using var client = fixture.Host.CreateClient(token);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/teams")).StatusCode);        // directory.read: granted
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/users")).StatusCode);  // users.read: not granted
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/clients")).StatusCode);
    }

    [Fact]
    public async Task Api_NoTokenOrForgedToken_Is401()
    {
        using var anonymous = fixture.Host.CreateClient();
        using var forged = fixture.Host.CreateClient("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln");
        var real = await fixture.ClientTokenAsync(OAuthHostFixture.BootstrapId, OAuthHostFixture.BootstrapSecret);
        using var altered = fixture.Host.CreateClient(real[..^4] + (real[^4] == 'A' ? "BBBB" : "AAAA"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/teams")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/teams")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await altered.GetAsync("/api/v1/teams")).StatusCode);
    }

    [Fact]
    public async Task Token_ScopeSubset_GrantsOnlyThatPermission()
    {
        var secret = await fixture.CreateClientAsync(new { clientId = "reporting", displayName = "Reporting", scopes = new[] { "directory.read", "sla.read" } });

        var token = await fixture.ClientTokenAsync("reporting", secret!, "sla.read");
        using var client = fixture.Host.CreateClient(token);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/teams")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/sla")).StatusCode);
    }

    [Fact]
    public async Task Token_ScopeTheClientMayNotHave_IsRefusedWithoutToken()
    {
        var (status, body) = await fixture.PostFormAsync("/connect/token", OAuthHostFixture.BootstrapId, OAuthHostFixture.BootstrapSecret,
            ("grant_type", "client_credentials"), ("scope", "users.manage"));

        // OpenIddict answers invalid_request (not RFC 6749's invalid_scope) for a scope the client is not permitted.
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_request", body.GetProperty("error").GetString());
        Assert.Contains("scope", body.GetProperty("error_description").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task Token_WrongSecretOrUnknownClient_IsInvalidClient()
    {
        var (wrong, wrongBody) = await fixture.PostFormAsync("/connect/token", OAuthHostFixture.BootstrapId, "not-the-secret", ("grant_type", "client_credentials"));
        var (unknown, unknownBody) = await fixture.PostFormAsync("/connect/token", "nobody", "whatever", ("grant_type", "client_credentials"));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal("invalid_client", wrongBody.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, unknown);
        Assert.Equal("invalid_client", unknownBody.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("")]                      // no grant_type
    [InlineData("password")]              // not offered
    [InlineData("urn:made:up")]
    public async Task Token_MalformedOrUnsupportedGrant_IsAClearOAuthError(string grantType)
    {
        var fields = grantType.Length == 0 ? Array.Empty<(string, string)>() : [("grant_type", grantType)];

        var (status, body) = await fixture.PostFormAsync("/connect/token", OAuthHostFixture.BootstrapId, OAuthHostFixture.BootstrapSecret, fields);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(body.GetProperty("error").GetString(), new[] { "invalid_request", "unsupported_grant_type" });
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error_description").GetString()));
    }

    [Fact]
    public async Task Revoke_AccessToken_IsRefusedAfterwardsAndIntrospectsInactive()
    {
        var token = await fixture.ClientTokenAsync(OAuthHostFixture.BootstrapId, OAuthHostFixture.BootstrapSecret);
        using var client = fixture.Host.CreateClient(token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/teams")).StatusCode);
        var (_, before) = await fixture.PostFormAsync("/connect/introspect", OAuthHostFixture.BootstrapId, OAuthHostFixture.BootstrapSecret, ("token", token));
        Assert.True(before.GetProperty("active").GetBoolean());

        var (revoked, _) = await fixture.PostFormAsync("/connect/revoke", OAuthHostFixture.BootstrapId, OAuthHostFixture.BootstrapSecret,
            ("token", token), ("token_type_hint", "access_token"));

        Assert.Equal(HttpStatusCode.OK, revoked);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/teams")).StatusCode);
        var (_, after) = await fixture.PostFormAsync("/connect/introspect", OAuthHostFixture.BootstrapId, OAuthHostFixture.BootstrapSecret, ("token", token));
        Assert.False(after.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task RotateSecret_OldSecretStopsWorkingNewOneWorks()
    {
        var first = await fixture.CreateClientAsync(new { clientId = "rotating", displayName = "Rotating", scopes = new[] { "directory.read" } });
        using var admin = fixture.Host.CreateAdminClient();

        using var rotated = await admin.PostAsync("/api/v1/clients/rotating/secret", null);
        var second = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.PostFormAsync("/connect/token", "rotating", first!, ("grant_type", "client_credentials"))).Status);
        Assert.False(string.IsNullOrEmpty(await fixture.ClientTokenAsync("rotating", second)));
    }
}
