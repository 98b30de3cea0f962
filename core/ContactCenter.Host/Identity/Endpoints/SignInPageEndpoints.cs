using ContactCenter.Host.Identity.Pages;
using ContactCenter.Kernel.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Identity.Endpoints;

/// <summary><c>/identity/sign-in</c>: the user name and password form; a right password leads to the next step.</summary>
internal static class SignInPageEndpoints
{
    public static IResult Show(HttpContext context, [FromQuery] string? returnUrl, [FromQuery] string? expired, [FromQuery(Name = "signed-out")] string? signedOut)
    {
        var text = PageText.For(PageLanguage.Resolve(context));
        var state = expired is not null ? IdentityPage.State(context, [new PageError(null, text.SessionExpired)])
            : IdentityPage.State(context, notice: signedOut is not null ? text.SignedOut : null);
        return IdentityPage.Render<SignInPage>(new { Page = state, ReturnUrl = ReturnUrls.Local(returnUrl) });
    }

    public static async Task<IResult> SubmitAsync(
        HttpContext context, [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl, [FromServices] SignInFlow flow)
    {
        var text = PageText.For(PageLanguage.Resolve(context));
        returnUrl = ReturnUrls.Local(returnUrl);
        var missing = new List<PageError>();
        if (string.IsNullOrWhiteSpace(userName))
        {
            missing.Add(new PageError("userName", Format(text.FieldRequired, text.UserName)));
        }

        if (string.IsNullOrEmpty(password))
        {
            missing.Add(new PageError("password", Format(text.FieldRequired, text.Password)));
        }

        if (missing.Count > 0)
        {
            return Refuse(context, missing, userName, returnUrl, StatusCodes.Status400BadRequest);
        }

        var user = await flow.Users.FindByNameAsync(userName!.Trim()).ConfigureAwait(false);
        if (user is null)
        {
            await flow.AuditAsync(context, "anonymous", "sign-in.failed", "user/unknown", AuditOutcomes.Failure, "unknown user name").ConfigureAwait(false);
            return Refuse(context, [new PageError("password", text.SignInFailed)], userName, returnUrl, StatusCodes.Status401Unauthorized);
        }

        var target = $"user/{user.Id}";
        var result = await flow.SignIn.CheckPasswordSignInAsync(user, password!, lockoutOnFailure: true).ConfigureAwait(false);
        if (result.IsLockedOut)
        {
            await flow.AuditAsync(context, user.Id, "sign-in.failed", target, AuditOutcomes.Failure, "locked out").ConfigureAwait(false);
            return Refuse(context, [new PageError(null, text.LockedOut)], userName, returnUrl, StatusCodes.Status401Unauthorized);
        }

        if (!result.Succeeded)
        {
            // A disabled account is refused like a wrong password, so the page tells nothing about the account.
            await flow.AuditAsync(context, user.Id, "sign-in.failed", target, AuditOutcomes.Failure, result.IsNotAllowed ? "disabled" : "wrong password").ConfigureAwait(false);
            return Refuse(context, [new PageError("password", text.SignInFailed)], userName, returnUrl, StatusCodes.Status401Unauthorized);
        }

        return await flow.ContinueAsync(context, user, returnUrl, "pwd").ConfigureAwait(false);
    }

    private static RazorComponentResult<SignInPage> Refuse(HttpContext context, IReadOnlyList<PageError> errors, string? userName, string returnUrl, int status) =>
        IdentityPage.Render<SignInPage>(new { Page = IdentityPage.State(context, errors), UserName = userName, ReturnUrl = returnUrl }, status);

    private static string Format(string format, string value) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, format, value.ToLowerInvariant());
}
