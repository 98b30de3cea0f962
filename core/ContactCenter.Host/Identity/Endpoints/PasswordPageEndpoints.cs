using System.Globalization;
using ContactCenter.Host.Identity.Pages;
using ContactCenter.Kernel.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Identity.Endpoints;

/// <summary>
/// <c>/identity/password</c>: the forced password change (the first administrator's one-time password, reset passwords).
/// The new password is checked against the policy and every problem is shown in the page's language; then the sign-in
/// goes on to MFA.
/// </summary>
internal static class PasswordPageEndpoints
{
    public static async Task<IResult> ShowAsync(HttpContext context, [FromServices] SignInFlow flow, [FromServices] IOptions<IdentityOptions> options) =>
        await flow.PendingAsync(context, PendingSignIn.PasswordStep).ConfigureAwait(false) is null
            ? IdentityPage.Expired()
            : IdentityPage.Render<PasswordPage>(new { Page = IdentityPage.State(context), MinLength = options.Value.Password.RequiredLength });

    public static async Task<IResult> ChangeAsync(
        HttpContext context, [FromForm] string? currentPassword, [FromForm] string? newPassword, [FromForm] string? confirmPassword,
        [FromServices] SignInFlow flow, [FromServices] IOptions<IdentityOptions> options)
    {
        if (await flow.PendingAsync(context, PendingSignIn.PasswordStep).ConfigureAwait(false) is not var (pending, user))
        {
            return IdentityPage.Expired();
        }

        var text = PageText.For(PageLanguage.Resolve(context));
        var policy = options.Value.Password;
        var errors = new List<PageError>();
        if (string.IsNullOrEmpty(newPassword))
        {
            errors.Add(new PageError("newPassword", string.Format(CultureInfo.InvariantCulture, text.PasswordTooShort, policy.RequiredLength)));
        }
        else if (newPassword != confirmPassword)
        {
            errors.Add(new PageError("confirmPassword", text.PasswordMismatch));
        }

        if (errors.Count == 0)
        {
            var check = await flow.SignIn.CheckPasswordSignInAsync(user, currentPassword ?? "", lockoutOnFailure: true).ConfigureAwait(false);
            if (!check.Succeeded)
            {
                await flow.AuditAsync(context, user.Id, "user.password-changed", $"user/{user.Id}", AuditOutcomes.Failure, "wrong current password").ConfigureAwait(false);
                errors.Add(check.IsLockedOut ? new PageError(null, text.LockedOut) : new PageError("currentPassword", text.CurrentPasswordWrong));
            }
            else
            {
                user.MustChangePassword = false;
                var changed = await flow.Users.ChangePasswordAsync(user, currentPassword!, newPassword!).ConfigureAwait(false);
                if (changed.Succeeded)
                {
                    await flow.AuditAsync(context, user.Id, "user.password-changed", $"user/{user.Id}", AuditOutcomes.Success, null).ConfigureAwait(false);
                    return await flow.ContinueAsync(context, user, pending.ReturnUrl, "pwd").ConfigureAwait(false);
                }

                user.MustChangePassword = true;
                errors.AddRange(changed.Errors.Select(e => new PageError("newPassword", Describe(e, text, policy))));
            }
        }

        return IdentityPage.Render<PasswordPage>(new { Page = IdentityPage.State(context, errors), MinLength = policy.RequiredLength }, StatusCodes.Status400BadRequest);
    }

    private static string Describe(IdentityError error, PageText text, PasswordOptions policy) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => string.Format(CultureInfo.InvariantCulture, text.PasswordTooShort, policy.RequiredLength),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => text.PasswordRequiresDigit,
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => text.PasswordRequiresLower,
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => text.PasswordRequiresUpper,
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => text.PasswordRequiresUniqueChars,
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => text.PasswordRequiresNonAlphanumeric,
        _ => text.PasswordRejected,
    };
}
