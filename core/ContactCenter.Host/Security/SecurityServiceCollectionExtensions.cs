using ContactCenter.Host.Security.Authentication;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Security.Tls;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Security;

/// <summary>TLS, the bearer scheme, the permission policies and HSTS.</summary>
internal static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddHostSecurity(this IServiceCollection services)
    {
        services.AddSingleton<HostCertificateProvider>();
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelTlsSetup>();

        services.AddSingleton<AdminTokenFile>();
        services.AddSingleton<ITokenAuthenticator, AdminTokenAuthenticator>();
        services.AddHostedService<AdminTokenInitializer>();
        services.AddAuthentication(BearerTokenDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenDefaults.Scheme, configureOptions: null);

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicies>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorization(options =>
        {
            // Fail closed: an endpoint that forgot its declaration still needs an authenticated caller.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;

            // The host serves HTTPS only, loopback included, so the header is right everywhere.
            options.ExcludedHosts.Clear();
        });
        return services;
    }
}
