using ContactCenter.Kernel.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContactCenter.Host.Security.Identity;

/// <summary>
/// Cookie sessions for user accounts: Identity's sign-in manager with our principal (permission claims), disabled
/// accounts refused, and a hardened cookie (<c>__Host-</c> prefix, Secure, HttpOnly, SameSite=Strict, 8 hours
/// sliding). API calls get 401/403 instead of redirects, and access changes (new security stamp) apply within a minute.
/// </summary>
internal static class SessionCookies
{
    public static IServiceCollection AddSessionCookies(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        new IdentityBuilder(typeof(UserAccount), services).AddSignInManager();
        services.Replace(ServiceDescriptor.Scoped<IUserClaimsPrincipalFactory<UserAccount>, UserPrincipalFactory>());
        services.Replace(ServiceDescriptor.Scoped<IUserConfirmation<UserAccount>, UserConfirmation>());
        // Identity consults IUserConfirmation only when confirmed accounts are required: that is how a disabled account is refused.
        services.Configure<IdentityOptions>(o => o.SignIn.RequireConfirmedAccount = true);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = AuthenticationSchemeSelector.CookieName;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.Path = "/";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
        });
        services.AddSignInRateLimit(configuration);
        return services;
    }

    private static Task Status(HttpResponse response, int status)
    {
        // The API and hubs answer with a status, never a redirect; the identity pages send people to sign-in themselves.
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
