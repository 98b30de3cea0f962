using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace ContactCenter.Host.Identity;

/// <summary>
/// A sign-in that checked the password but is not finished: the next step (password change, MFA challenge or MFA
/// enrolment) and where to go afterwards, in a short-lived cookie of its own scheme (<c>__Host-cc.pending</c>, 10
/// minutes). It grants nothing: the permission policies never see it.
/// </summary>
internal sealed record PendingSignIn(string UserId, string Step, string ReturnUrl)
{
    public const string Scheme = "cc.pending";
    public const string CookieName = "__Host-cc.pending";
    public const string PasswordStep = "password";
    public const string MfaStep = "mfa";
    public const string EnrolStep = "enrol";

    private const string StepClaim = "cc:pending-step";
    private const string ReturnClaim = "cc:return-url";

    public static async Task<PendingSignIn?> ReadAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(Scheme).ConfigureAwait(false);
        var principal = result.Succeeded ? result.Principal : null;
        return principal?.FindFirstValue(ClaimTypes.NameIdentifier) is { } id && principal.FindFirstValue(StepClaim) is { } step
            ? new PendingSignIn(id, step, principal.FindFirstValue(ReturnClaim) ?? ReturnUrls.Default)
            : null;
    }

    public Task WriteAsync(HttpContext context)
    {
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, UserId), new Claim(StepClaim, Step), new Claim(ReturnClaim, ReturnUrl)], Scheme);
        return context.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    public static Task ClearAsync(HttpContext context) => context.SignOutAsync(Scheme);
}
