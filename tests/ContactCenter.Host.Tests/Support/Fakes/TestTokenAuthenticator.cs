using System.Security.Claims;
using ContactCenter.Host.Security.Authentication;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Kernel.Identity;
using ContactCenter.Sdk;

namespace ContactCenter.Host.Tests.Support.Fakes;

/// <summary>Principals with fewer permissions than the administrator, as the identity capability will issue.</summary>
internal sealed class TestTokenAuthenticator : ITokenAuthenticator
{
    public const string ReaderToken = "test-reader-token";
    public const string AgentToken = "test-agent-token";
    public const string SupervisorToken = "test-supervisor-token";
    public const string NothingToken = "test-nothing-token";
    private const string RolePrefix = "test-role-";

    /// <summary>A token for a principal holding exactly the permissions of a built-in role (<see cref="RoleCatalog"/>).</summary>
    public static string RoleToken(string role) => RolePrefix + role;

    public ValueTask<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken) =>
        ValueTask.FromResult(token switch
        {
            ReaderToken => Principal("reader", null, Permissions.PluginsRead),
            AgentToken => Principal("agent", "a1", Permissions.AgentConnect),
            SupervisorToken => Principal("supervisor", null, Permissions.MonitoringRead),
            NothingToken => Principal("nobody", null),
            _ when token.StartsWith(RolePrefix, StringComparison.Ordinal) && RoleCatalog.Grants.TryGetValue(token[RolePrefix.Length..], out var granted)
                => Principal(token[RolePrefix.Length..], null, [.. granted]),
            _ => null,
        });

    private static ClaimsPrincipal Principal(string name, string? agentId, params string[] permissions)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        if (agentId is not null)
        {
            claims.Add(new Claim(PermissionClaims.AgentId, agentId));
        }

        claims.AddRange(permissions.Select(p => new Claim(PermissionClaims.Type, p)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}
