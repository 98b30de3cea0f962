using ContactCenter.Host.Security.Authentication;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Host.Security.Identity;

/// <summary>
/// Picks the scheme of a request: a bearer token when one is sent (header, or <c>access_token</c> on hubs), otherwise
/// the sign-in cookie. Both produce the same permission claims.
/// </summary>
internal static class AuthenticationSchemeSelector
{
    public const string Scheme = "cc";

    public static string Select(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.Authorization.Count > 0
            || (request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase) && request.Query.ContainsKey(BearerTokenDefaults.HubQueryParameter)))
        {
            return BearerTokenDefaults.Scheme;
        }

        return request.Cookies.ContainsKey(CookieName) ? IdentityConstants.ApplicationScheme : BearerTokenDefaults.Scheme;
    }

    public const string CookieName = "__Host-cc.session";
}
