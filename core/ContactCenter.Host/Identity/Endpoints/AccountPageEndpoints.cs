using System.Security.Claims;
using ContactCenter.Host.Identity.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Identity.Endpoints;

/// <summary><c>/identity/account</c> (who is signed in) and <c>/identity/sign-out</c>.</summary>
internal static class AccountPageEndpoints
{
    public static async Task<IResult> ShowAsync(HttpContext context, [FromServices] SignInFlow flow)
    {
        var user = context.User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme
            && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            ? await flow.Users.FindByIdAsync(id).ConfigureAwait(false)
            : null;
        if (user is null)
        {
            return TypedResults.LocalRedirect("/identity/sign-in");
        }

        return IdentityPage.Render<AccountPage>(new { Page = IdentityPage.State(context), user.UserName, Roles = user.Roles, MfaEnabled = user.TwoFactorEnabled });
    }

    public static IResult ShowSignOut(HttpContext context) =>
        IdentityPage.Render<SignOutPage>(new { Page = IdentityPage.State(context) });

    public static async Task<IResult> SignOutAsync(HttpContext context, [FromServices] SignInFlow flow)
    {
        // The endpoint binds no form field, so nothing else refuses a request whose token the antiforgery middleware rejected.
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            return TypedResults.BadRequest();
        }

        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id)
        {
            await flow.AuditAsync(context, id, "sign-out", $"user/{id}", Kernel.Audit.AuditOutcomes.Success, null).ConfigureAwait(false);
        }

        await flow.SignIn.SignOutAsync().ConfigureAwait(false);
        await PendingSignIn.ClearAsync(context).ConfigureAwait(false);
        return TypedResults.LocalRedirect("/identity/sign-in?signed-out=1");
    }
}
