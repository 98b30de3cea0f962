using System.Security.Claims;
using ContactCenter.Host.Security.Authentication;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Sdk;

namespace ContactCenter.Benchmarks.Realtime;

/// <summary>
/// Bearer tokens for the benchmark's many hub clients, added beside the host's real authenticators (as the host's
/// end-to-end tests do): signing 1,000 agents in through OAuth would measure the identity server, not the hubs.
/// <c>bench-agent:{id}</c> is bound to that agent (<c>agent.connect</c>); <c>bench-supervisor</c> is an unscoped
/// supervisor (<c>monitoring.read</c>, <c>presence.read</c>). Everything behind authentication is the real host.
/// </summary>
internal sealed class BenchTokens : ITokenAuthenticator
{
    public const string Supervisor = "bench-supervisor";
    private const string AgentPrefix = "bench-agent:";

    public static string Agent(string agentId) => AgentPrefix + agentId;

    public ValueTask<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token == Supervisor)
        {
            return ValueTask.FromResult<ClaimsPrincipal?>(Principal("bench-supervisor", null, Permissions.MonitoringRead, Permissions.PresenceRead));
        }

        return ValueTask.FromResult(token.StartsWith(AgentPrefix, StringComparison.Ordinal)
            ? Principal(token[AgentPrefix.Length..], token[AgentPrefix.Length..], Permissions.AgentConnect)
            : null);
    }

    private static ClaimsPrincipal Principal(string name, string? agentId, params string[] permissions)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, name) };
        if (agentId is not null)
        {
            claims.Add(new Claim(PermissionClaims.AgentId, agentId));
        }

        claims.AddRange(permissions.Select(p => new Claim(PermissionClaims.Type, p)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Bench"));
    }
}
