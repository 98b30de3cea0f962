using ContactCenter.Kernel.Identity.OAuth.Entities;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ContactCenter.Kernel.Identity.OAuth.Clients;

/// <summary>Turns our client model into OpenIddict's permissions and back: a scope per permission, grants and endpoints.</summary>
internal static class OAuthClientDescriptors
{
    public static OpenIddictApplicationDescriptor Of(NewOAuthClient client, string? secret)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = secret,
            ClientType = client.Confidential ? ClientTypes.Confidential : ClientTypes.Public,
            DisplayName = client.DisplayName,
            // First-party apps of the contact center: no consent screen (an administrator registered the client).
            ConsentType = ConsentTypes.Implicit,
        };
        descriptor.Permissions.UnionWith([OpenIddictConstants.Permissions.Endpoints.Token, OpenIddictConstants.Permissions.Endpoints.Revocation]);
        if (client.Confidential)
        {
            descriptor.Permissions.Add(OpenIddictConstants.Permissions.Endpoints.Introspection);
        }

        foreach (var grant in client.GrantTypes)
        {
            descriptor.Permissions.Add(OpenIddictConstants.Permissions.Prefixes.GrantType + grant);
        }

        if (client.GrantTypes.Contains(OAuthGrants.AuthorizationCode))
        {
            descriptor.Permissions.UnionWith([OpenIddictConstants.Permissions.Endpoints.Authorization, OpenIddictConstants.Permissions.ResponseTypes.Code]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        if (client.GrantTypes.Contains(OAuthGrants.RefreshToken))
        {
            descriptor.Permissions.Add(OpenIddictConstants.Permissions.Prefixes.Scope + Scopes.OfflineAccess);
        }

        foreach (var scope in client.Scopes)
        {
            descriptor.Permissions.Add(OpenIddictConstants.Permissions.Prefixes.Scope + scope);
        }

        foreach (var uri in client.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri, UriKind.Absolute));
        }

        return descriptor;
    }

    public static OAuthClientInfo Info(OAuthApplication application) => new(
        application.ClientId ?? "",
        application.DisplayName ?? "",
        application.ClientType == ClientTypes.Confidential,
        [.. application.Permissions.Where(p => p.StartsWith(OpenIddictConstants.Permissions.Prefixes.GrantType, StringComparison.Ordinal))
            .Select(p => p[OpenIddictConstants.Permissions.Prefixes.GrantType.Length..])],
        PlatformScopes(application),
        application.RedirectUris);

    /// <summary>The platform permissions a client may obtain (its <c>scp:</c> permissions, without OpenID's own scopes).</summary>
    public static IReadOnlyList<string> PlatformScopes(OAuthApplication application) =>
        [.. application.Permissions.Where(p => p.StartsWith(OpenIddictConstants.Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[OpenIddictConstants.Permissions.Prefixes.Scope.Length..])
            .Where(s => ContactCenter.Sdk.Permissions.All.Contains(s, StringComparer.Ordinal))];
}
