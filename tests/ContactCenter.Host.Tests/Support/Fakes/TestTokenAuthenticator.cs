using System.Security.Claims;
using ContactCenter.Host.Security.Authentication;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Sdk;

namespace ContactCenter.Host.Tests.Support.Fakes;

/// <summary>Principals with fewer permissions than the administrator, as the identity capability will issue.</summary>
internal sealed class TestTokenAuthenticator : ITokenAuthenticator
{
    public const string ReaderToken = "test-reader-token";
    public const string AgentToken = "test-agent-token";
    public const string SupervisorToken = "test-supervisor-token";
    public const string NothingToken = "test-nothing-token";

    public ValueTask<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken) =>
        ValueTask.FromResult(token switch
        {
            ReaderToken => Principal("reader", null, Permissions.PluginsRead),
            AgentToken => Principal("agent", "a1", Permissions.AgentConnect),
            SupervisorToken => Principal("supervisor", null, Permissions.MonitoringRead),
            NothingToken => Principal("nobody", null),
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
