using ContactCenter.Kernel.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Identity;

/// <summary>Registers the identity pages: Razor components rendered on the server, antiforgery, the pending sign-in cookie, the MFA requirement.</summary>
internal static class IdentityPagesServiceCollectionExtensions
{
    public static IServiceCollection AddIdentityPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "__Host-cc.antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
            // The security headers middleware already sends X-Frame-Options: DENY (and CSP frame-ancestors 'none').
            o.SuppressXFrameOptionsHeader = true;
        });
        services.AddAuthentication().AddCookie(PendingSignIn.Scheme, cookie =>
        {
            cookie.Cookie.Name = PendingSignIn.CookieName;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.Path = "/";
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(10);
            cookie.SlidingExpiration = false;
        });
        services.AddOptions<MfaOptions>().Bind(configuration.GetSection(MfaOptions.Section))
            .Validate(o => !MfaRequirement.Problems(o).Any(), $"{MfaOptions.Section}:TrustedNetworks must list networks in CIDR notation (e.g. 10.0.0.0/8).")
            .ValidateOnStart();
        services.AddSingleton<MfaRequirement>();
        services.AddScoped<SignInFlow>();
        // Identity's WebAuthn handler (options, attestation and assertion checks) over our user store's passkeys.
        services.TryAddScoped<IPasskeyHandler<UserAccount>, PasskeyHandler<UserAccount>>();
        services.AddScoped<Passkeys.PasskeyCeremonies>();
        services.AddOptions<IdentityPasskeyOptions>().Bind(configuration.GetSection(Passkeys.PasskeyOrigins.Section))
            .Configure(o => o.ValidateOrigin = Passkeys.PasskeyOrigins.ValidateAsync);
        services.AddSingleton<Scoping.TeamRoster>();
        services.AddSingleton<Scoping.TeamRosterInvalidator>();
        services.AddSingleton<ContactCenter.Kernel.CenterDirectory.IDirectoryChangeObserver>(sp => sp.GetRequiredService<Scoping.TeamRosterInvalidator>());
        services.AddSingleton<Scoping.TeamScope>();
        return services;
    }
}
