using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ContactCenter.Host.Tests.Security.OAuth;

/// <summary><c>/api/v1/clients</c>: permission, validation (every problem at once, nothing written), secrets never listed, audit.</summary>
public sealed class ClientApiTests(OAuthHostFixture fixture) : IClassFixture<OAuthHostFixture>
{
    [Fact]
    public async Task Create_InvalidRequest_ListsEveryProblemAndCreatesNothing()
    {
        using var admin = fixture.Host.CreateAdminClient();
        var before = await admin.GetStringAsync("/api/v1/clients");

        using var response = await admin.PostAsJsonAsync("/api/v1/clients", new
        {
            clientId = "Bad Id!", displayName = "", scopes = new[] { "interactions.read", "root.everything" },
            grantTypes = new[] { "client_credentials", "password" }, confidential = false, redirectUris = new[] { "http://evil.example/cb" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "clientId", "displayName", "scopes", "grantTypes", "redirectUris" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"No error for {field}: {errors}");
        }

        Assert.Equal(before, await admin.GetStringAsync("/api/v1/clients"));
    }

    [Fact]
    public async Task Create_TakenClientId_IsRefusedAndTheFirstKeepsWorking()
    {
        var secret = await fixture.CreateClientAsync(new { clientId = "twice", displayName = "Twice", scopes = new[] { "directory.read" } });
        using var admin = fixture.Host.CreateAdminClient();

        using var again = await admin.PostAsJsonAsync("/api/v1/clients", new { clientId = "twice", displayName = "Again", scopes = new[] { "users.manage" } });

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.False(string.IsNullOrEmpty(await fixture.ClientTokenAsync("twice", secret!)));
        Assert.DoesNotContain("users.manage", await admin.GetStringAsync("/api/v1/clients/twice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAndGet_NeverShowASecretOrItsHash()
    {
        var secret = await fixture.CreateClientAsync(new { clientId = "quiet", displayName = "Quiet", scopes = new[] { "directory.read" } });
        using var admin = fixture.Host.CreateAdminClient();

        var listed = await admin.GetStringAsync("/api/v1/clients");
        var one = await admin.GetStringAsync("/api/v1/clients/quiet");

        Assert.Contains("\"quiet\"", listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret!, listed, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", one, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Delete_RevokesItsTokensAndIsAudited()
    {
        var secret = await fixture.CreateClientAsync(new { clientId = "leaving", displayName = "Leaving", scopes = new[] { "directory.read" } });
        var token = await fixture.ClientTokenAsync("leaving", secret!);
        using var admin = fixture.Host.CreateAdminClient();

        using var deleted = await admin.DeleteAsync("/api/v1/clients/leaving");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var client = fixture.Host.CreateClient(token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/teams")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/clients/leaving")).StatusCode);
        var audit = await admin.GetStringAsync("/api/v1/audit/export?target=client/leaving");
        Assert.Contains("\"client.created\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"client.deleted\"", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(secret!, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clients_WithoutClientsManage_Is403WithoutCredential401()
    {
        var token = await fixture.ClientTokenAsync(OAuthHostFixture.BootstrapId, OAuthHostFixture.BootstrapSecret);
        using var integration = fixture.Host.CreateClient(token);
        using var anonymous = fixture.Host.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await integration.PostAsJsonAsync("/api/v1/clients", new { clientId = "sneaky", displayName = "S", scopes = new[] { "users.manage" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/clients")).StatusCode);
    }
}
