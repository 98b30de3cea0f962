using ContactCenter.Host.Identity.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Identity.Endpoints;

/// <summary>
/// <c>/identity/mfa</c>: the second factor after a right password, a TOTP code (each accepted once) or a recovery code
/// (each works once). Wrong codes count towards the account's lockout like wrong passwords.
/// </summary>
internal static class MfaPageEndpoints
{
    public static async Task<IResult> ShowAsync(HttpContext context, [FromServices] SignInFlow flow) =>
        await flow.PendingAsync(context, PendingSignIn.MfaStep).ConfigureAwait(false) is null
            ? IdentityPage.Expired()
            : IdentityPage.Render<MfaPage>(new { Page = IdentityPage.State(context) });

    public static async Task<IResult> VerifyCodeAsync(HttpContext context, [FromForm] string? code, [FromServices] SignInFlow flow)
    {
        if (await flow.PendingAsync(context, PendingSignIn.MfaStep).ConfigureAwait(false) is not var (pending, user))
        {
            return IdentityPage.Expired();
        }

        if (await flow.Users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return Refuse(context, null, t => t.LockedOut, StatusCodes.Status401Unauthorized);
        }

        if (string.IsNullOrWhiteSpace(code)
            || !await flow.Users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code).ConfigureAwait(false))
        {
            var locked = await flow.FailAsync(context, user, "sign-in.failed", "wrong one-time code").ConfigureAwait(false);
            return Refuse(context, locked ? null : "code", t => locked ? t.LockedOut : t.CodeWrong, StatusCodes.Status401Unauthorized);
        }

        await flow.Users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        await flow.CompleteAsync(context, user, "pwd+otp").ConfigureAwait(false);
        return TypedResults.LocalRedirect(pending.ReturnUrl);
    }

    public static async Task<IResult> RedeemRecoveryCodeAsync(HttpContext context, [FromForm] string? recoveryCode, [FromServices] SignInFlow flow)
    {
        if (await flow.PendingAsync(context, PendingSignIn.MfaStep).ConfigureAwait(false) is not var (pending, user))
        {
            return IdentityPage.Expired();
        }

        if (await flow.Users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return Refuse(context, null, t => t.LockedOut, StatusCodes.Status401Unauthorized);
        }

        if (string.IsNullOrWhiteSpace(recoveryCode)
            || !(await flow.Users.RedeemTwoFactorRecoveryCodeAsync(user, recoveryCode).ConfigureAwait(false)).Succeeded)
        {
            var locked = await flow.FailAsync(context, user, "sign-in.failed", "wrong recovery code").ConfigureAwait(false);
            return Refuse(context, locked ? null : "recoveryCode", t => locked ? t.LockedOut : t.RecoveryWrong, StatusCodes.Status401Unauthorized);
        }

        await flow.Users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        await flow.CompleteAsync(context, user, "pwd+recovery-code").ConfigureAwait(false);
        return TypedResults.LocalRedirect(pending.ReturnUrl);
    }

    private static RazorComponentResult<MfaPage> Refuse(HttpContext context, string? field, Func<PageText, string> message, int status) =>
        IdentityPage.Render<MfaPage>(new { Page = IdentityPage.State(context, field, message) }, status);
}
