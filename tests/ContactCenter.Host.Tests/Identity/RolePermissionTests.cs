using System.Net;
using ContactCenter.Host.Tests.Support;
using ContactCenter.Host.Tests.Support.Fakes;
using ContactCenter.Kernel.Identity;
using ContactCenter.Sdk;

namespace ContactCenter.Host.Tests.Identity;

/// <summary>Each built-in role against the endpoints that exist: allowed calls pass authorization, others get 403, no credential 401.</summary>
[Collection(SharedHostCollection.Name)]
public sealed class RolePermissionTests(SharedHostFixture fixture)
{
    /// <summary>One call per permission the host's endpoints declare today.</summary>
    private static readonly (string Permission, HttpMethod Method, string Path)[] Calls =
    [
        (Permissions.PluginsRead, HttpMethod.Get, "/api/v1/plugins"),
        (Permissions.PluginsManage, HttpMethod.Post, "/api/v1/plugins/acme.chat/disable"),
        (Permissions.SlaRead, HttpMethod.Get, "/api/v1/sla"),
        (Permissions.PresenceRead, HttpMethod.Get, "/api/v1/agents/a1/presence"),
        (Permissions.InteractionsRead, HttpMethod.Get, "/api/v1/interactions/i-1"),
        (Permissions.AuditRead, HttpMethod.Get, "/api/v1/audit/verify"),
        (Permissions.UsersRead, HttpMethod.Get, "/api/v1/users"),
        (Permissions.UsersManage, HttpMethod.Post, "/api/v1/users/u-nobody/disable"),
    ];

    public static TheoryData<string> AllRoles => [.. RoleCatalog.Grants.Keys];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Api_EachRole_PassesWhereItHoldsThePermissionAnd403Elsewhere(string role)
    {
        fixture.Reset();
        using var client = fixture.Host.CreateClient(TestTokenAuthenticator.RoleToken(role));
        var granted = RoleCatalog.PermissionsOf([role]);

        foreach (var (permission, method, path) in Calls)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(method, path));

            if (granted.Contains(permission))
            {
                Assert.True(response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized), $"{role} {method} {path}: {response.StatusCode}");
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} {method} {path}: expected 403, got {response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Api_NoCredential_Answers401OnEveryCall()
    {
        using var client = fixture.Host.CreateClient();

        foreach (var (_, method, path) in Calls)
        {
            using var response = await client.SendAsync(new HttpRequestMessage(method, path));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task Api_AuditorRole_CannotChangeAPlugin()
    {
        fixture.Reset();
        using var client = fixture.Host.CreateClient(TestTokenAuthenticator.RoleToken(Roles.Auditor));

        using var response = await client.PostAsync("/api/v1/plugins/acme.chat/enable", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(fixture.Plugins.Calls);
    }
}
