using ContactCenter.Host.Identity.Pages;
using ContactCenter.Host.Identity.Passkeys;
using ContactCenter.Kernel.Audit;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Identity.Endpoints;

/// <summary>
/// <c>POST /identity/mfa/enrol/passkey</c>: MFA enrolment with a passkey instead of an authenticator app, from the same
/// page and for the same people (a pending sign-in the policy sent there, or a signed-in user). A registered passkey turns
/// MFA on like a confirmed TOTP code: recovery codes shown once, the enrolment and the passkey audited, the session started.
/// </summary>
internal static class EnrolPasskeyEndpoints
{
    public static async Task<IResult> EnrolAsync(HttpContext context, [FromForm] string? credential, [FromForm] string? name,
        [FromServices] SignInFlow flow, [FromServices] PasskeyCeremonies ceremonies, [FromServices] IAuditLog audit)
    {
        if (await EnrolPageEndpoints.SubjectAsync(context, flow).ConfigureAwait(false) is not var (pending, user))
        {
            return IdentityPage.Expired();
        }

        var text = PageText.For(PageLanguage.Resolve(context));
        var key = await flow.Users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (await flow.Users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return string.IsNullOrEmpty(key) ? IdentityPage.Expired()
                : await EnrolPageEndpoints.RenderAsync(context, user, key, ceremonies, [new PageError(null, text.LockedOut)], StatusCodes.Status401Unauthorized).ConfigureAwait(false);
        }

        var before = PasskeyAudit.Digest(user);
        var outcome = await ceremonies.RegisterAsync(context, user, credential, PasskeyPageEndpoints.PasskeyName(name, text)).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            var locked = await flow.FailAsync(context, user, "user.mfa-enrolment-failed", $"passkey refused: {outcome.Reason}").ConfigureAwait(false);
            var message = locked ? text.LockedOut : outcome.Reason == PasskeyOutcome.NoCredential ? text.PasskeyMissing : text.PasskeyRefused;
            return string.IsNullOrEmpty(key) ? IdentityPage.Expired()
                : await EnrolPageEndpoints.RenderAsync(context, user, key, ceremonies, [new PageError(locked ? null : "passkey", message)], StatusCodes.Status400BadRequest)
                    .ConfigureAwait(false);
        }

        await flow.Users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
        await PasskeyAudit.AppendAsync(audit, context, user, "user.passkey-added", before, outcome.ShortId).ConfigureAwait(false);
        return await EnrolPageEndpoints.FinishAsync(context, flow, pending, user, "passkey", "pwd+passkey").ConfigureAwait(false);
    }
}
