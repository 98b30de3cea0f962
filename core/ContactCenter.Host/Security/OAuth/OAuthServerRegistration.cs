using ContactCenter.Kernel.Identity.OAuth.Keys;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ContactCenter.Host.Security.OAuth;

/// <summary>
/// The OpenIddict server (client credentials, authorization code + PKCE, rotating refresh tokens, revocation,
/// introspection) over the kernel's stores, and OpenIddict validation of its own tokens as a second bearer scheme.
/// </summary>
internal static class OAuthServerRegistration
{
    public static IServiceCollection AddOAuthServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OAuthOptions>().Bind(configuration.GetSection(OAuthOptions.Section))
            .Validate(o => o.AccessTokenMinutes is >= 1 and <= 1440, $"{OAuthOptions.Section}:AccessTokenMinutes must be 1 to 1440.")
            .Validate(o => o.RefreshTokenDays is >= 1 and <= 365, $"{OAuthOptions.Section}:RefreshTokenDays must be 1 to 365.")
            .Validate(o => o.TokenPermitsPerMinute >= 1, $"{OAuthOptions.Section}:TokenPermitsPerMinute must be at least 1.")
            .Validate(o => o.PruneIntervalMinutes >= 1, $"{OAuthOptions.Section}:PruneIntervalMinutes must be at least 1.")
            .Validate(o => o.PruneRetentionHours >= 0, $"{OAuthOptions.Section}:PruneRetentionHours must not be negative.")
            .ValidateOnStart();
        services.AddSingleton<OAuthServerKeys>();
        services.AddSingleton<OAuthKeyReloader>();
        services.AddHostedService<OAuthStartup>();
        services.AddHostedService<OAuthPruningService>();

        var oauth = configuration.GetSection(OAuthOptions.Section).Get<OAuthOptions>() ?? new OAuthOptions();
        services.AddOAuthStores()
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(OAuthEndpoints.Token[1..])
                    .SetAuthorizationEndpointUris(OAuthEndpoints.Authorize[1..])
                    .SetRevocationEndpointUris(OAuthEndpoints.Revoke[1..])
                    .SetIntrospectionEndpointUris(OAuthEndpoints.Introspect[1..]);
                server.AllowClientCredentialsFlow().AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow();
                server.RegisterScopes([Scopes.OfflineAccess, .. ContactCenter.Sdk.Permissions.All]);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(oauth.AccessTokenMinutes))
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(oauth.RefreshTokenDays))
                    // A refresh token works once: reusing a rotated one is refused at once (and revokes its chain).
                    .SetRefreshTokenReuseLeeway(TimeSpan.Zero);
                server.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                // Each access token is checked against its stored entry, so a revoked token stops working at once.
                validation.EnableTokenEntryValidation();
                validation.EnableAuthorizationEntryValidation();
                validation.UseAspNetCore();
            });
        services.AddOptions<OpenIddictServerOptions>().Configure<OAuthServerKeys>(AddKeys);
        return services;
    }

    private static void AddKeys(OpenIddictServerOptions options, OAuthServerKeys keys)
    {
        // The current key of each use is added first: OpenIddict issues with the first and accepts the others.
        foreach (var key in keys.Keys)
        {
            var securityKey = new RsaSecurityKey(key.Rsa) { KeyId = key.Id };
            if (key.Use == OAuthKeyUse.Signing)
            {
                options.SigningCredentials.Add(new SigningCredentials(securityKey, SecurityAlgorithms.RsaSha256));
            }
            else
            {
                options.EncryptionCredentials.Add(new EncryptingCredentials(securityKey, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
            }
        }
    }
}
