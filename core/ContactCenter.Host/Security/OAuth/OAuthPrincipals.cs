using System.Security.Claims;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Users;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ContactCenter.Host.Security.OAuth;

/// <summary>
/// Builds the principals tokens are issued for, carrying the same <c>cc:permission</c> (and <c>cc:agent-id</c>) claims as
/// every other credential, so every endpoint authorizes a token exactly like the admin token or a session.
/// </summary>
internal static class OAuthPrincipals
{
    /// <summary>A machine client: the granted scopes are its permissions.</summary>
    public static ClaimsPrincipal ForClient(string clientId, IEnumerable<string> grantedScopes)
    {
        var identity = NewIdentity(clientId, "client:" + clientId);
        return Finish(identity, grantedScopes);
    }

    /// <summary>A user through an app: the permissions of the user's roles that the app asked for and may have.</summary>
    public static ClaimsPrincipal ForUser(UserAccount user, IEnumerable<string> grantedScopes)
    {
        var identity = NewIdentity(user.Id, user.Id);
        identity.AddClaim(new Claim(Claims.Name, user.UserName));
        if (user.AgentId is { } agent)
        {
            identity.AddClaim(new Claim(PermissionClaims.AgentId, agent));
        }

        var held = RoleCatalog.PermissionsOf(user.Roles);
        return Finish(identity, grantedScopes.Where(s => s == Scopes.OfflineAccess || held.Contains(s, StringComparer.Ordinal)));
    }

    private static ClaimsIdentity NewIdentity(string subject, string actor)
    {
        var identity = new ClaimsIdentity("OAuth", Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, subject));
        // The audit trail names the actor from this claim (a user id, or client:{id}).
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, actor));
        return identity;
    }

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> grantedScopes)
    {
        var scopes = grantedScopes.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var permission in scopes.Where(s => ContactCenter.Sdk.Permissions.All.Contains(s, StringComparer.Ordinal)))
        {
            identity.AddClaim(new Claim(PermissionClaims.Type, permission));
        }

        identity.SetScopes(scopes);
        // Only the access token carries claims: nothing else is issued to third parties.
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
