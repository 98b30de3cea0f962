using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Host.Tests.Support.Fakes;
using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Bootstrap;

namespace ContactCenter.Host.Tests.Api.Users;

/// <summary><c>/api/v1/users</c> over real HTTPS: the first administrator, creation, role changes, refusals, audit.</summary>
[Collection(SharedHostCollection.Name)]
public sealed class UserEndpointsTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task List_FreshHost_ShowsTheFirstAdministratorAndTheOwnerOnlyCredentialsFile()
    {
        using var admin = fixture.Host.CreateAdminClient();

        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users");

        var first = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "admin");
        Assert.Equal([Roles.Administrator], first.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(first.GetProperty("mustChangePassword").GetBoolean());
        var file = Path.Combine(fixture.Host.DataDirectory, BootstrapCredentials.RelativePath);
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task Create_Valid_Answers201WithoutSecretsAndIsAudited()
    {
        using var admin = fixture.Host.CreateAdminClient();

        using var response = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "create.valid", password = "Correct-Horse-9", roles = new[] { Roles.Agent } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Correct-Horse-9", body, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", body, StringComparison.OrdinalIgnoreCase);
        var user = JsonDocument.Parse(body).RootElement;
        var id = user.GetProperty("id").GetString();
        Assert.Equal($"/api/v1/users/{id}", response.Headers.Location?.OriginalString);
        Assert.Contains(Permissions(user), p => p == Sdk.Permissions.InteractionsHandle);
        var audit = await admin.GetStringAsync($"/api/v1/audit/export?target=user/{id}");
        Assert.Contains("\"user.created\"", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_EverythingWrong_Answers400ListingEveryFieldAndCreatesNothing()
    {
        using var admin = fixture.Host.CreateAdminClient();
        var before = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).GetArrayLength();

        using var response = await admin.PostAsJsonAsync("/api/v1/users",
            new { userName = "", password = "short", roles = new[] { "root" }, teamIds = new[] { "no-team" } });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "request.invalid");
        Assert.Equal(["password", "roles", "teamIds", "userName"],
            problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(before, (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).GetArrayLength());
    }

    [Fact]
    public async Task SetRoles_ThenDisable_ChangesAccessAndAuditsEachChange()
    {
        using var admin = fixture.Host.CreateAdminClient();
        using var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "roles.change", password = "Correct-Horse-9", roles = new[] { Roles.Agent } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        using var roles = await admin.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { Roles.Supervisor } });
        using var disabled = await admin.PostAsync($"/api/v1/users/{id}/disable", null);

        Assert.Equal(HttpStatusCode.OK, roles.StatusCode);
        Assert.Contains(Sdk.Permissions.MonitoringRead, Permissions(await roles.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.True((await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("disabled").GetBoolean());
        var audit = await admin.GetStringAsync($"/api/v1/audit/export?target=user/{id}");
        Assert.Contains("\"user.roles-changed\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"user.disabled\"", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetRoles_UnknownUser_Answers404()
    {
        using var admin = fixture.Host.CreateAdminClient();

        using var response = await admin.PutAsJsonAsync("/api/v1/users/u-nobody/roles", new { roles = new[] { Roles.Agent } });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Create_AsAuditor_Answers403AndCreatesNothing()
    {
        using var auditor = fixture.Host.CreateClient(TestTokenAuthenticator.RoleToken(Roles.Auditor));
        var before = (await auditor.GetFromJsonAsync<JsonElement>("/api/v1/users")).GetArrayLength();

        using var response = await auditor.PostAsJsonAsync("/api/v1/users", new { userName = "sneaky", password = "Correct-Horse-9", roles = new[] { Roles.Administrator } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, (await auditor.GetFromJsonAsync<JsonElement>("/api/v1/users")).GetArrayLength());
    }

    private static string?[] Permissions(JsonElement user) => [.. user.GetProperty("permissions").EnumerateArray().Select(p => p.GetString())];
}
