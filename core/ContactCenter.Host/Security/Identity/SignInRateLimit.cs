using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ContactCenter.Host.Security.Identity;

/// <summary>
/// Sign-in attempts per client address and minute (<c>CC:Identity:SignInPermitsPerMinute</c>, default 20), on top of
/// the per-account lockout: one limits guessing many accounts from one place, the other many guesses at one account.
/// </summary>
internal static class SignInRateLimit
{
    public const string Policy = "sign-in";
    public const string PermitsKey = "CC:Identity:SignInPermitsPerMinute";

    public static IServiceCollection AddSignInRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue(PermitsKey, 20);
        if (permits < 1)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException(PermitsKey, typeof(int), [$"{PermitsKey} must be at least 1."]);
        }

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
