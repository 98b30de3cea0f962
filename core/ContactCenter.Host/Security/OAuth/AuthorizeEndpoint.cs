using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ContactCenter.Host.Security.OAuth;

/// <summary>
/// The authorization endpoint (authorization code + PKCE): the user is the one signed in with the session cookie;
/// without a session the answer is 401 (the sign-in pages start the session). The code carries the requested scopes
/// the user's roles grant; OpenIddict has already checked the client, its redirect URI, the scopes and the PKCE challenge.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, UserManager<UserAccount> users)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme).ConfigureAwait(false);
        if (!session.Succeeded)
        {
            return Results.Challenge(null, [IdentityConstants.ApplicationScheme]);
        }

        var user = await users.GetUserAsync(session.Principal).ConfigureAwait(false);
        if (user is null || user.Disabled)
        {
            return Results.Challenge(null, [IdentityConstants.ApplicationScheme]);
        }

        var held = RoleCatalog.PermissionsOf(user.Roles);
        var requested = request.GetScopes();
        var granted = requested.IsEmpty ? held : [.. requested.Where(s => s == Scopes.OfflineAccess || held.Contains(s, StringComparer.Ordinal))];
        return Results.SignIn(OAuthPrincipals.ForUser(user, granted), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
