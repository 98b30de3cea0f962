using ContactCenter.Host.Security.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;

namespace ContactCenter.Host.Security.Identity;

/// <summary>
/// Picks the scheme of a request: a bearer token when one is sent (header, or <c>access_token</c> on hubs), otherwise
/// the sign-in cookie; an OAuth access token goes to OpenIddict's validation. All produce the same permission claims.
/// </summary>
internal static class AuthenticationSchemeSelector
{
    public const string Scheme = "cc";

    public static string Select(HttpContext context)
    {
        var request = context.Request;
        if (IsOAuthAccessToken(request))
        {
            return OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        }

        if (request.Headers.Authorization.Count > 0
            || (request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase) && request.Query.ContainsKey(BearerTokenDefaults.HubQueryParameter)))
        {
            return BearerTokenDefaults.Scheme;
        }

        return request.Cookies.ContainsKey(CookieName) ? IdentityConstants.ApplicationScheme : BearerTokenDefaults.Scheme;
    }

    public const string CookieName = "__Host-cc.session";

    // Tokens the OAuth server issues are JWTs (signed and encrypted: dot-separated parts); the admin token is one
    // base64url string without dots, so the two cannot be confused.
    private static bool IsOAuthAccessToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerTokenDefaults.Scheme + " ", StringComparison.OrdinalIgnoreCase)
            && header.AsSpan(BearerTokenDefaults.Scheme.Length + 1).Contains('.');
    }
}
