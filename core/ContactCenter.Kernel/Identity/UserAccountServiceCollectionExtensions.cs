using ContactCenter.Kernel.Identity.Bootstrap;
using ContactCenter.Kernel.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers local user accounts.</summary>
public static class UserAccountServiceCollectionExtensions
{
    /// <summary>The configuration section of the password, lockout and user policies (Identity's options).</summary>
    public const string Section = "CC:Identity";

    /// <summary>
    /// Adds ASP.NET Core Identity's user manager (PBKDF2 hashing, password policy, lockout, TOTP) over the kernel's own
    /// user store on the document store, and <see cref="IUserAccounts"/>. Defaults: passwords of 12 characters or more
    /// with upper case, lower case and a digit; 5 failed sign-ins lock an account for 15 minutes. <c>CC:Identity</c>
    /// overrides any of Identity's options (<c>CC:Identity:Password:RequiredLength</c>, <c>CC:Identity:Lockout:MaxFailedAccessAttempts</c>, …).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddUserAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddIdentityCore<UserAccount>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddTokenProvider<TotpTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
        services.Configure<IdentityOptions>(configuration.GetSection(Section));
        services.TryAddScoped<UserStore>();
        services.TryAddScoped<IUserStore<UserAccount>>(sp => sp.GetRequiredService<UserStore>());
        services.TryAddSingleton<UserAccountValidation>();
        services.TryAddScoped<IUserAccounts, UserAccounts>();
        var idleDays = configuration.GetValue(ContactCenter.Kernel.Identity.AccessReview.AccessReport.IdleDaysKey, 90);
        if (idleDays < 1)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(ContactCenter.Kernel.Identity.AccessReview.AccessReport.IdleDaysKey, typeof(int),
                [$"{ContactCenter.Kernel.Identity.AccessReview.AccessReport.IdleDaysKey} must be at least 1."]);
        }

        services.TryAddScoped(sp => new ContactCenter.Kernel.Identity.AccessReview.AccessReport(
            sp.GetRequiredService<IUserAccounts>(), sp.GetRequiredService<ContactCenter.Kernel.Time.KernelTime>(), idleDays));
        return services;
    }

    /// <summary>Creates the first administrator at start when none exists (<c>CC:Bootstrap</c>, see <see cref="BootstrapOptions"/>).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddBootstrapAdministrator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BootstrapOptions>().Bind(configuration.GetSection(BootstrapOptions.Section));
        services.AddHostedService<BootstrapAdministrator>();
        return services;
    }
}
