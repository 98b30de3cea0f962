using ContactCenter.Host.Identity.Pages;
using ContactCenter.Host.Identity.Passkeys;
using ContactCenter.Kernel.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Identity.Endpoints;

/// <summary>
/// <c>/identity/mfa</c>: the second factor after a right password: a TOTP code (each accepted once), a passkey (each
/// challenge accepted once) or a recovery code (each works once). Failures count towards the account's lockout like
/// wrong passwords.
/// </summary>
internal static class MfaPageEndpoints
{
    public static async Task<IResult> ShowAsync(HttpContext context, [FromServices] SignInFlow flow, [FromServices] PasskeyCeremonies ceremonies) =>
        await flow.PendingAsync(context, PendingSignIn.MfaStep).ConfigureAwait(false) is var (_, user)
            ? await RenderAsync(context, user, ceremonies, IdentityPage.State(context)).ConfigureAwait(false)
            : IdentityPage.Expired();

    public static async Task<IResult> VerifyCodeAsync(HttpContext context, [FromForm] string? code, [FromServices] SignInFlow flow, [FromServices] PasskeyCeremonies ceremonies)
    {
        if (await flow.PendingAsync(context, PendingSignIn.MfaStep).ConfigureAwait(false) is not var (pending, user))
        {
            return IdentityPage.Expired();
        }

        if (await flow.Users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return await RefuseAsync(context, user, ceremonies, null, t => t.LockedOut).ConfigureAwait(false);
        }

        // An account without an authenticator app (passkeys only) has no code to give, whatever key an abandoned enrolment left.
        if (string.IsNullOrWhiteSpace(code) || !user.TotpEnabled
            || !await flow.Users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code).ConfigureAwait(false))
        {
            var locked = await flow.FailAsync(context, user, "sign-in.failed", "wrong one-time code").ConfigureAwait(false);
            return await RefuseAsync(context, user, ceremonies, locked ? null : "code", t => locked ? t.LockedOut : t.CodeWrong).ConfigureAwait(false);
        }

        await flow.Users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        await flow.CompleteAsync(context, user, "pwd+otp").ConfigureAwait(false);
        return TypedResults.LocalRedirect(pending.ReturnUrl);
    }

    public static async Task<IResult> VerifyPasskeyAsync(HttpContext context, [FromForm] string? credential, [FromServices] SignInFlow flow, [FromServices] PasskeyCeremonies ceremonies)
    {
        if (await flow.PendingAsync(context, PendingSignIn.MfaStep).ConfigureAwait(false) is not var (pending, user))
        {
            return IdentityPage.Expired();
        }

        if (await flow.Users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return await RefuseAsync(context, user, ceremonies, null, t => t.LockedOut).ConfigureAwait(false);
        }

        var outcome = await ceremonies.VerifyAsync(context, user, credential).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            var locked = await flow.FailAsync(context, user, "sign-in.failed", $"passkey refused: {outcome.Reason}").ConfigureAwait(false);
            return await RefuseAsync(context, user, ceremonies, locked ? null : "passkey",
                t => locked ? t.LockedOut : outcome.Reason == PasskeyOutcome.NoCredential ? t.PasskeyMissing : t.PasskeyRefused).ConfigureAwait(false);
        }

        await flow.Users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        await flow.CompleteAsync(context, user, "pwd+passkey").ConfigureAwait(false);
        return TypedResults.LocalRedirect(pending.ReturnUrl);
    }

    public static async Task<IResult> RedeemRecoveryCodeAsync(HttpContext context, [FromForm] string? recoveryCode, [FromServices] SignInFlow flow, [FromServices] PasskeyCeremonies ceremonies)
    {
        if (await flow.PendingAsync(context, PendingSignIn.MfaStep).ConfigureAwait(false) is not var (pending, user))
        {
            return IdentityPage.Expired();
        }

        if (await flow.Users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return await RefuseAsync(context, user, ceremonies, null, t => t.LockedOut).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(recoveryCode)
            || !(await flow.Users.RedeemTwoFactorRecoveryCodeAsync(user, recoveryCode).ConfigureAwait(false)).Succeeded)
        {
            var locked = await flow.FailAsync(context, user, "sign-in.failed", "wrong recovery code").ConfigureAwait(false);
            return await RefuseAsync(context, user, ceremonies, locked ? null : "recoveryCode", t => locked ? t.LockedOut : t.RecoveryWrong).ConfigureAwait(false);
        }

        await flow.Users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        await flow.CompleteAsync(context, user, "pwd+recovery-code").ConfigureAwait(false);
        return TypedResults.LocalRedirect(pending.ReturnUrl);
    }

    private static Task<IResult> RefuseAsync(HttpContext context, UserAccount user, PasskeyCeremonies ceremonies, string? field, Func<PageText, string> message) =>
        RenderAsync(context, user, ceremonies, IdentityPage.State(context, field, message), StatusCodes.Status401Unauthorized);

    /// <summary>The page with the forms the account can use; a fresh passkey challenge when it has passkeys (a refused one is never reused).</summary>
    private static async Task<IResult> RenderAsync(HttpContext context, UserAccount user, PasskeyCeremonies ceremonies, PageState state, int status = StatusCodes.Status200OK)
    {
        var options = user.Passkeys.Count > 0 && !await ceremonies.Users.IsLockedOutAsync(user).ConfigureAwait(false)
            ? await ceremonies.BeginSignInAsync(context, user).ConfigureAwait(false)
            : null;
        return IdentityPage.Render<MfaPage>(new { Page = state, user.TotpEnabled, PasskeyOptions = options }, status);
    }
}
