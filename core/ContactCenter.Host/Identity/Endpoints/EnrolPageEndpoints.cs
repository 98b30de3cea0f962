using System.Security.Claims;
using System.Security.Cryptography;
using ContactCenter.Host.Identity.Pages;
using ContactCenter.Host.Identity.Passkeys;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Identity.Mfa;
using ContactCenter.Kernel.Identity.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OtpNet;

namespace ContactCenter.Host.Identity.Endpoints;

/// <summary>
/// <c>/identity/mfa/enrol</c>: TOTP enrolment with a QR code, for a pending sign-in the policy sends here or a signed-in
/// user turning MFA on. The key is kept encrypted until a code from it is entered; then MFA is on, ten recovery codes are
/// shown once (only their hashes are kept) and the session starts.
/// </summary>
internal static class EnrolPageEndpoints
{
    private const int RecoveryCodeCount = 10;
    private static readonly TotpAuthenticator Totp = new(HashAlgorithmName.SHA1);

    public static async Task<IResult> ShowAsync(HttpContext context, [FromServices] SignInFlow flow, [FromServices] IUserStore<UserAccount> store,
        [FromServices] PasskeyCeremonies ceremonies)
    {
        if (await SubjectAsync(context, flow).ConfigureAwait(false) is not var (_, user))
        {
            return IdentityPage.Expired();
        }

        if (user.TotpEnabled)
        {
            return TypedResults.LocalRedirect(ReturnUrls.Default);
        }

        var key = await flow.Users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            // Through the store, not UserManager.ResetAuthenticatorKeyAsync: that renews the security stamp, which would end
            // the session of a signed-in user before they finish enrolling.
            key = Base32Encoding.ToString(TotpAuthenticator.NewKey()).TrimEnd('=');
            await ((IUserAuthenticatorKeyStore<UserAccount>)store).SetAuthenticatorKeyAsync(user, key, context.RequestAborted).ConfigureAwait(false);
            await flow.Users.UpdateAsync(user).ConfigureAwait(false);
        }

        return await RenderAsync(context, user, key, ceremonies, errors: null).ConfigureAwait(false);
    }

    public static async Task<IResult> EnrolAsync(HttpContext context, [FromForm] string? code, [FromServices] SignInFlow flow, [FromServices] PasskeyCeremonies ceremonies)
    {
        if (await SubjectAsync(context, flow).ConfigureAwait(false) is not var (pending, user) || user.TotpEnabled)
        {
            return IdentityPage.Expired();
        }

        var key = await flow.Users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            return IdentityPage.Expired();
        }

        if (await flow.Users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return await RenderAsync(context, user, key, ceremonies, [new PageError(null, PageText.For(PageLanguage.Resolve(context)).LockedOut)], StatusCodes.Status401Unauthorized)
                .ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(code)
            || !await flow.Users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code).ConfigureAwait(false))
        {
            var locked = await flow.FailAsync(context, user, "user.mfa-enrolment-failed", "wrong one-time code").ConfigureAwait(false);
            var text = PageText.For(PageLanguage.Resolve(context));
            return await RenderAsync(context, user, key, ceremonies, [new PageError(locked ? null : "code", locked ? text.LockedOut : text.CodeWrong)], StatusCodes.Status400BadRequest)
                .ConfigureAwait(false);
        }

        await flow.Users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        return await FinishAsync(context, flow, pending, user, "totp", "pwd+otp").ConfigureAwait(false);
    }

    /// <summary>MFA is on: ten new recovery codes shown once, the enrolment audited, the session started.</summary>
    internal static async Task<IResult> FinishAsync(HttpContext context, SignInFlow flow, PendingSignIn? pending, UserAccount user, string factor, string methods)
    {
        await flow.Users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false);
        var codes = (await flow.Users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount).ConfigureAwait(false))?.ToList() ?? [];
        await flow.AuditAsync(context, user.Id, "user.mfa-enrolled", $"user/{user.Id}", AuditOutcomes.Success, factor).ConfigureAwait(false);
        await flow.CompleteAsync(context, user, methods).ConfigureAwait(false);
        var state = IdentityPage.State(context);
        return IdentityPage.Render<RecoveryCodesPage>(new { Page = state, Codes = codes, ContinueUrl = pending?.ReturnUrl ?? ReturnUrls.Default });
    }

    internal static async Task<RazorComponentResult<EnrolPage>> RenderAsync(HttpContext context, UserAccount user, string key, PasskeyCeremonies ceremonies,
        IReadOnlyList<PageError>? errors, int status = StatusCodes.Status200OK)
    {
        var uri = Totp.EnrolmentUri("ContactCenter", user.UserName, Base32Encoding.ToBytes(key));
        var grouped = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        var passkeyOptions = await ceremonies.BeginRegistrationAsync(context, user).ConfigureAwait(false);
        return IdentityPage.Render<EnrolPage>(new
        {
            Page = IdentityPage.State(context, errors), QrCodeDataUri = QrCodes.PngDataUri(uri), ManualKey = grouped, PasskeyOptions = passkeyOptions,
        }, status);
    }

    /// <summary>Who enrols: the pending sign-in the policy sent here, or the signed-in user (session cookie only).</summary>
    internal static async Task<(PendingSignIn? Pending, UserAccount User)?> SubjectAsync(HttpContext context, SignInFlow flow)
    {
        if (await flow.PendingAsync(context, PendingSignIn.EnrolStep).ConfigureAwait(false) is var (pending, pendingUser))
        {
            return (pending, pendingUser);
        }

        var identity = context.User.Identity;
        if (identity is { IsAuthenticated: true, AuthenticationType: var type } && type == IdentityConstants.ApplicationScheme
            && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            && await flow.Users.FindByIdAsync(id).ConfigureAwait(false) is { Disabled: false } user)
        {
            return (null, user);
        }

        return null;
    }
}
