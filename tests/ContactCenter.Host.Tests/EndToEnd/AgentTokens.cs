using System.Security.Claims;
using ContactCenter.Host.Security.Authentication;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Sdk;

namespace ContactCenter.Host.Tests.EndToEnd;

/// <summary>
/// Agent sign-in does not exist yet (the identity capability adds it), so the end-to-end tests add this authenticator
/// beside the real administrator token: <c>e2e-agent-{agentId}</c> is a principal bound to that agent, as an agent's
/// access token will be. Everything else in these tests is the real host and kernel.
/// </summary>
internal sealed class AgentTokens : ITokenAuthenticator
{
    private const string Prefix = "e2e-agent-";

    public static string For(string agentId) => Prefix + agentId;

    public ValueTask<ClaimsPrincipal?> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return ValueTask.FromResult<ClaimsPrincipal?>(null);
        }

        var agentId = token[Prefix.Length..];
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, agentId),
            new Claim(PermissionClaims.AgentId, agentId),
            new Claim(PermissionClaims.Type, Permissions.AgentConnect),
        ], "E2E");
        return ValueTask.FromResult<ClaimsPrincipal?>(new ClaimsPrincipal(identity));
    }
}
