using System.Security.Claims;
using ContactCenter.Host.Identity.Pages;
using ContactCenter.Host.Identity.Passkeys;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Identity.Endpoints;

/// <summary>
/// <c>/identity/passkeys</c>: the signed-in user's passkeys, listed with a remove button each, and a form to register
/// another. Adding a passkey turns MFA on; removing the last second factor turns it off. Both are audited.
/// </summary>
internal static class PasskeyPageEndpoints
{
    public static async Task<IResult> ShowAsync(HttpContext context, [FromServices] SignInFlow flow, [FromServices] PasskeyCeremonies ceremonies) =>
        await SignedInAsync(context, flow).ConfigureAwait(false) is { } user
            ? await RenderAsync(context, user, ceremonies, errors: null, notice: null).ConfigureAwait(false)
            : TypedResults.LocalRedirect("/identity/sign-in?returnUrl=%2Fidentity%2Fpasskeys");

    public static async Task<IResult> AddAsync(HttpContext context, [FromForm] string? credential, [FromForm] string? name,
        [FromServices] SignInFlow flow, [FromServices] PasskeyCeremonies ceremonies, [FromServices] IAuditLog audit)
    {
        if (await SignedInAsync(context, flow).ConfigureAwait(false) is not { } user)
        {
            return TypedResults.LocalRedirect("/identity/sign-in");
        }

        var text = PageText.For(PageLanguage.Resolve(context));
        var before = PasskeyAudit.Digest(user);
        var outcome = await ceremonies.RegisterAsync(context, user, credential, PasskeyName(name, text)).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            await flow.AuditAsync(context, user.Id, "user.passkey-add-failed", $"user/{user.Id}", AuditOutcomes.Failure, outcome.Reason).ConfigureAwait(false);
            var message = outcome.Reason == PasskeyOutcome.NoCredential ? text.PasskeyMissing : text.PasskeyRefused;
            return await RenderAsync(context, user, ceremonies, [new PageError("passkey", message)], null, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        if (!user.TwoFactorEnabled)
        {
            await flow.Users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false);
        }

        await PasskeyAudit.AppendAsync(audit, context, user, "user.passkey-added", before, outcome.ShortId).ConfigureAwait(false);
        return await RenderAsync(context, user, ceremonies, null, text.PasskeyAdded).ConfigureAwait(false);
    }

    public static async Task<IResult> RemoveAsync(HttpContext context, [FromForm] string? id,
        [FromServices] SignInFlow flow, [FromServices] PasskeyCeremonies ceremonies, [FromServices] IAuditLog audit)
    {
        if (await SignedInAsync(context, flow).ConfigureAwait(false) is not { } user)
        {
            return TypedResults.LocalRedirect("/identity/sign-in");
        }

        var text = PageText.For(PageLanguage.Resolve(context));
        if (string.IsNullOrEmpty(id) || !user.Passkeys.Exists(p => p.CredentialId == id))
        {
            return await RenderAsync(context, user, ceremonies, [new PageError(null, text.PasskeyRefused)], null, StatusCodes.Status404NotFound).ConfigureAwait(false);
        }

        var before = PasskeyAudit.Digest(user);
        user.Passkeys.RemoveAll(p => p.CredentialId == id);
        // The last second factor gone: MFA is off (the policy sends administrators and supervisors back to enrolment).
        user.TwoFactorEnabled = user.TotpEnabled || user.Passkeys.Count > 0;
        var saved = await flow.Users.UpdateAsync(user).ConfigureAwait(false);
        if (!saved.Succeeded)
        {
            return await RenderAsync(context, user, ceremonies, [new PageError(null, text.PasskeyRefused)], null, StatusCodes.Status409Conflict).ConfigureAwait(false);
        }

        await PasskeyAudit.AppendAsync(audit, context, user, "user.passkey-removed", before, id.Length > 16 ? id[..16] : id).ConfigureAwait(false);
        return await RenderAsync(context, user, ceremonies, null, text.PasskeyRemoved).ConfigureAwait(false);
    }

    internal static string PasskeyName(string? name, PageText text) =>
        string.IsNullOrWhiteSpace(name) ? text.PasskeyDefaultName : name.Trim() is { Length: > 60 } trimmed ? trimmed[..60] : name.Trim();

    private static async Task<IResult> RenderAsync(HttpContext context, UserAccount user, PasskeyCeremonies ceremonies,
        IReadOnlyList<PageError>? errors, string? notice, int status = StatusCodes.Status200OK)
    {
        var options = await ceremonies.BeginRegistrationAsync(context, user).ConfigureAwait(false) ?? "{}";
        return IdentityPage.Render<PasskeysPage>(new { Page = IdentityPage.State(context, errors, notice), Passkeys = user.Passkeys, OptionsJson = options }, status);
    }

    /// <summary>The account of the session (cookie only: a bearer token never manages passkeys through pages).</summary>
    private static async Task<UserAccount?> SignedInAsync(HttpContext context, SignInFlow flow) =>
        context.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme
        && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
        && await flow.Users.FindByIdAsync(id).ConfigureAwait(false) is { Disabled: false } user
            ? user
            : null;
}
