using ContactCenter.Host.Identity;
using ContactCenter.Host.Security.Authentication;
using ContactCenter.Host.Security.Identity;
using ContactCenter.Host.Security.OAuth;
using ContactCenter.Host.Security.Permissions;
using ContactCenter.Host.Security.Tls;
using ContactCenter.Kernel.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Security;

/// <summary>TLS, user accounts and the first administrator, the bearer scheme, the permission policies and HSTS.</summary>
internal static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddHostSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddUserAccounts(configuration);
        services.AddAccessReviewCampaigns();
        services.AddBootstrapAdministrator(configuration);
        services.AddSingleton<HostCertificateProvider>();
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelTlsSetup>();

        services.AddSingleton<AdminTokenFile>();
        services.AddSingleton<ITokenAuthenticator, AdminTokenAuthenticator>();
        services.AddHostedService<AdminTokenInitializer>();
        // A request authenticates with its bearer token when it sends one, otherwise with its session cookie.
        services.AddAuthentication(AuthenticationSchemeSelector.Scheme)
            .AddPolicyScheme(AuthenticationSchemeSelector.Scheme, "Bearer token or session cookie", o => o.ForwardDefaultSelector = AuthenticationSchemeSelector.Select)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenDefaults.Scheme, configureOptions: null)
            .AddIdentityCookies();
        services.AddSessionCookies(configuration);
        services.AddOAuthServer(configuration);
        services.AddIdentityPages(configuration);

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicies>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddAuthorization(options =>
        {
            // Fail closed: an endpoint that forgot its declaration still needs an authenticated caller.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        });

        // Whatever the framework protects (antiforgery, cookies once the identity capability adds them) is keyed from the
        // data directory, so that everything the host keeps lives there and survives restarts.
        services.AddDataProtection();
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StorageOptions>, ILoggerFactory>((keys, storage, loggers) =>
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(storage.Value.FullDataDirectory, "keys")), loggers));

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
