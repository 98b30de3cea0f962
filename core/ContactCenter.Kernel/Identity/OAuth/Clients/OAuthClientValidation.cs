using System.Net;
using System.Text.RegularExpressions;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Kernel.Identity.OAuth.Clients;

/// <summary>Checks a new client as a whole and reports every problem at once.</summary>
internal static partial class OAuthClientValidation
{
    public static void Check(NewOAuthClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (client.ClientId is null || !ClientIdPattern().IsMatch(client.ClientId))
        {
            errors["clientId"] = ["3 to 64 characters of a-z, 0-9, '.', '_' or '-', starting with a letter or digit."];
        }

        if (string.IsNullOrWhiteSpace(client.DisplayName) || client.DisplayName.Length > 100)
        {
            errors["displayName"] = ["Required, at most 100 characters."];
        }

        var unknownScopes = (client.Scopes ?? []).Where(s => !Permissions.All.Contains(s, StringComparer.Ordinal)).ToArray();
        if (client.Scopes is null || client.Scopes.Count == 0)
        {
            errors["scopes"] = ["At least one permission is required."];
        }
        else if (unknownScopes.Length > 0)
        {
            errors["scopes"] = [.. unknownScopes.Select(s => $"'{s}' is not a permission.")];
        }

        CheckGrants(client, errors);
        if (errors.Count > 0)
        {
            throw new InvalidRequestException(errors);
        }
    }

    private static void CheckGrants(NewOAuthClient client, Dictionary<string, string[]> errors)
    {
        var grants = client.GrantTypes ?? [];
        var problems = new List<string>();
        problems.AddRange(grants.Where(g => !OAuthGrants.All.Contains(g, StringComparer.Ordinal)).Select(g => $"'{g}' is not offered."));
        if (grants.Count == 0)
        {
            problems.Add("At least one grant type is required.");
        }

        if (grants.Contains(OAuthGrants.ClientCredentials) && !client.Confidential)
        {
            problems.Add("client_credentials needs a confidential client.");
        }

        if (grants.Contains(OAuthGrants.RefreshToken) && !grants.Contains(OAuthGrants.AuthorizationCode))
        {
            problems.Add("refresh_token comes with authorization_code.");
        }

        if (problems.Count > 0)
        {
            errors["grantTypes"] = [.. problems];
        }

        var uris = client.RedirectUris ?? [];
        var badUris = uris.Where(u => !IsAllowedRedirect(u)).Select(u => $"'{u}' must be an absolute https URI (http only on loopback), without fragment.").ToList();
        if (grants.Contains(OAuthGrants.AuthorizationCode) && uris.Count == 0)
        {
            badUris.Add("authorization_code needs at least one redirect URI.");
        }

        if (badUris.Count > 0)
        {
            errors["redirectUris"] = [.. badUris];
        }
    }

    private static bool IsAllowedRedirect(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Fragment.Length == 0
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip))));

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClientIdPattern();
}
