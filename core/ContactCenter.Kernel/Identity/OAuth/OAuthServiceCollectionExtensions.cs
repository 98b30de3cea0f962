using ContactCenter.Kernel.Identity.OAuth;
using ContactCenter.Kernel.Identity.OAuth.Clients;
using ContactCenter.Kernel.Identity.OAuth.Entities;
using ContactCenter.Kernel.Identity.OAuth.Keys;
using ContactCenter.Kernel.Identity.OAuth.Stores;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers OpenIddict's core (managers) over the kernel's own OAuth stores, and the OAuth key ring.</summary>
public static class OAuthServiceCollectionExtensions
{
    /// <summary>
    /// Adds OpenIddict's core with its application, authorization, scope and token stores on the configured document
    /// store (no EF Core), and <see cref="OAuthKeyRing"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>OpenIddict's builder, for the host to add the server and validation.</returns>
    public static OpenIddictBuilder AddOAuthStores(this IServiceCollection services)
    {
        services.TryAddSingleton<OAuthKeyRing>();
        services.TryAddSingleton<OAuthKeyRotation>();
        services.TryAddSingleton<OAuthTokenStore>();
        services.TryAddScoped<IOAuthClients, OAuthClients>();
        services.TryAddScoped<OAuthPruner>();
        var builder = services.AddOpenIddict();
        builder.AddCore(core => core
            .SetDefaultApplicationEntity<OAuthApplication>()
            .SetDefaultAuthorizationEntity<OAuthAuthorization>()
            .SetDefaultScopeEntity<OAuthScope>()
            .SetDefaultTokenEntity<OAuthToken>()
            .ReplaceApplicationStore<OAuthApplication, OAuthApplicationStore>(ServiceLifetime.Singleton)
            .ReplaceAuthorizationStore<OAuthAuthorization, OAuthAuthorizationStore>(ServiceLifetime.Singleton)
            .ReplaceScopeStore<OAuthScope, OAuthScopeStore>(ServiceLifetime.Singleton)
            .ReplaceTokenStore<OAuthToken, OAuthTokenStore>(ServiceLifetime.Singleton));
        return builder;
    }
}
