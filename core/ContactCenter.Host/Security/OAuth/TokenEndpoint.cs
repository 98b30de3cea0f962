using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Kernel.Time;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ContactCenter.Host.Security.OAuth;

/// <summary>
/// The token endpoint's decisions, after OpenIddict has checked the request, the client and its secret, the grant and
/// the scopes against the client's permissions: who the token is for, and which permissions it carries.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, IOpenIddictApplicationManager applications, UserManager<UserAccount> users, KernelTime time)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted).ConfigureAwait(false)
                ?? throw new InvalidOperationException("OpenIddict validated a client it cannot find.");
            var requested = request.GetScopes();
            var granted = requested.IsEmpty ? await ClientScopesAsync(applications, application, context.RequestAborted).ConfigureAwait(false) : [.. requested];
            return Results.SignIn(OAuthPrincipals.ForClient(request.ClientId!, granted), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var previous = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme).ConfigureAwait(false)).Principal;
            var user = previous?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject).ConfigureAwait(false) : null;
            if (user is null || user.Disabled || user.LockoutEnd > time.GetUtcNow())
            {
                return Refuse("The account no longer exists, is disabled or is locked out.");
            }

            // Permissions are read again from the account's current roles, so a role removed meanwhile is not renewed.
            return Results.SignIn(OAuthPrincipals.ForUser(user, previous!.GetScopes()), null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Refuse("The grant type is not supported.", OpenIddictConstants.Errors.UnsupportedGrantType);
    }

    private static async Task<IReadOnlyList<string>> ClientScopesAsync(IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken) =>
        [.. (await applications.GetPermissionsAsync(application, cancellationToken).ConfigureAwait(false))
            .Where(p => p.StartsWith(OpenIddictConstants.Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[OpenIddictConstants.Permissions.Prefixes.Scope.Length..])
            .Where(s => ContactCenter.Sdk.Permissions.All.Contains(s, StringComparer.Ordinal))];

    private static IResult Refuse(string description, string error = OpenIddictConstants.Errors.InvalidGrant) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
