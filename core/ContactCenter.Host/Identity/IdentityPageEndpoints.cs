using ContactCenter.Host.Identity.Endpoints;
using ContactCenter.Host.Security.Headers;
using ContactCenter.Host.Security.Identity;
using Microsoft.AspNetCore.Antiforgery;

namespace ContactCenter.Host.Identity;

/// <summary>
/// Maps the server-rendered identity pages under <c>/identity</c>. They are public by nature (they are how a caller
/// without a session gets one); each step checks its own pending sign-in, every form carries an antiforgery token,
/// attempts are rate limited like the sign-in API, and nothing is cached.
/// </summary>
internal static class IdentityPageEndpoints
{
    public static IEndpointRouteBuilder MapIdentityPages(this IEndpointRouteBuilder endpoints)
    {
        var pages = endpoints.MapGroup("/identity").ExcludeFromDescription()
            .WithSecurityHeaders(SecurityHeadersPolicy.IdentityPage)
            .AllowPublic("Sign-in pages: how a caller without a session gets one; each step checks its own pending sign-in.")
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context).ConfigureAwait(false);
            });
        pages.MapGet("/sign-in", SignInPageEndpoints.Show);
        pages.MapPost("/sign-in", SignInPageEndpoints.SubmitAsync).RequireRateLimiting(SignInRateLimit.Policy);
        pages.MapGet("/mfa", MfaPageEndpoints.ShowAsync);
        pages.MapPost("/mfa", MfaPageEndpoints.VerifyCodeAsync).RequireRateLimiting(SignInRateLimit.Policy);
        pages.MapPost("/mfa/passkey", MfaPageEndpoints.VerifyPasskeyAsync).RequireRateLimiting(SignInRateLimit.Policy);
        pages.MapPost("/mfa/recovery", MfaPageEndpoints.RedeemRecoveryCodeAsync).RequireRateLimiting(SignInRateLimit.Policy);
        pages.MapGet("/mfa/enrol", EnrolPageEndpoints.ShowAsync);
        pages.MapPost("/mfa/enrol", EnrolPageEndpoints.EnrolAsync).RequireRateLimiting(SignInRateLimit.Policy);
        pages.MapPost("/mfa/enrol/passkey", EnrolPasskeyEndpoints.EnrolAsync).RequireRateLimiting(SignInRateLimit.Policy);
        pages.MapGet("/passkeys", PasskeyPageEndpoints.ShowAsync);
        pages.MapPost("/passkeys", PasskeyPageEndpoints.AddAsync).RequireRateLimiting(SignInRateLimit.Policy);
        pages.MapPost("/passkeys/remove", PasskeyPageEndpoints.RemoveAsync);
        pages.MapGet("/password", PasswordPageEndpoints.ShowAsync);
        pages.MapPost("/password", PasswordPageEndpoints.ChangeAsync).RequireRateLimiting(SignInRateLimit.Policy);
        pages.MapGet("/account", AccountPageEndpoints.ShowAsync);
        pages.MapGet("/sign-out", AccountPageEndpoints.ShowSignOut);
        pages.MapPost("/sign-out", AccountPageEndpoints.SignOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        pages.MapGet("/assets/identity.css", IdentityStylesheet.Serve);
        pages.MapGet("/assets/passkeys.js", Passkeys.PasskeyScript.Serve);
        return endpoints;
    }
}
