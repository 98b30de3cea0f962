using System.Net;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Host.Tests.Support.Fakes;

namespace ContactCenter.Host.Tests.Security.Authentication;

[Collection(SharedHostCollection.Name)]
public sealed class AuthenticationTests(SharedHostFixture fixture)
{
    [Fact]
    public async Task Api_WithoutToken_Answers401WithBearerChallenge()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.GetAsync("/api/v1/plugins");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Api_WithWrongToken_Answers401()
    {
        using var client = fixture.Host.CreateClient("not-the-token");

        using var response = await client.GetAsync("/api/v1/plugins");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_PrincipalLackingThePermission_Answers403()
    {
        using var client = fixture.Host.CreateClient(TestTokenAuthenticator.ReaderToken);

        using var allowed = await client.GetAsync("/api/v1/plugins");
        using var forbidden = await client.DeleteAsync("/api/v1/plugins/acme.chat");

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        await ProblemAssert.IsProblemAsync(forbidden, HttpStatusCode.Forbidden);
        Assert.Empty(fixture.Plugins.Calls);
    }

    [Fact]
    public async Task Api_AdminToken_HoldsEveryPermission()
    {
        using var client = fixture.Host.CreateAdminClient();

        using var plugins = await client.GetAsync("/api/v1/plugins");
        using var sla = await client.GetAsync("/api/v1/sla");
        using var presence = await client.GetAsync("/api/v1/agents/a1/presence");

        Assert.Equal(HttpStatusCode.OK, plugins.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sla.StatusCode);
        Assert.Equal(HttpStatusCode.OK, presence.StatusCode);
    }

    [Fact]
    public void AdminToken_File_IsOwnerOnlyAndLongEnough()
    {
        var path = Path.Combine(fixture.Host.DataDirectory, "secrets", "admin.token");

        Assert.True(fixture.Host.AdminToken.Length >= 40);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task AdminToken_HostRestartedOnSameDirectory_IsKept()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("cc-token-").FullName;
        try
        {
            string first;
            await using (var host = await Testing.Hosting.RunningHost.StartAsync(dataDirectory, null))
            {
                first = host.AdminToken;
            }

            await using var again = await Testing.Hosting.RunningHost.StartAsync(dataDirectory, null);
            Assert.Equal(first, again.AdminToken);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
