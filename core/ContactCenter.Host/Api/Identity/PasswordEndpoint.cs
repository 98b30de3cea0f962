using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace ContactCenter.Host.Api.Identity;

/// <summary>
/// <c>POST /api/v1/identity/password</c>: changes a password given the current one (no session needed: an account that
/// must change its password gets none). A wrong current password counts towards lockout like a failed sign-in.
/// </summary>
internal static class PasswordEndpoint
{
    public static async Task<IResult> ChangeAsync(
        [FromBody] ChangePasswordRequest? request, HttpContext context, [FromServices] SignInManager<UserAccount> signIn, [FromServices] IAuditLog audit)
    {
        if (string.IsNullOrWhiteSpace(request?.UserName) || string.IsNullOrEmpty(request.CurrentPassword) || string.IsNullOrEmpty(request.NewPassword))
        {
            throw new InvalidRequestException("body", "userName, currentPassword and newPassword are required. / Se requieren userName, currentPassword y newPassword.");
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(request.UserName.Trim()).ConfigureAwait(false);
        if (user is null)
        {
            await AppendAsync(audit, context, "anonymous", "user/unknown", AuditOutcomes.Failure).ConfigureAwait(false);
            return SignInProblems.Failed();
        }

        SignInResult check = await signIn.CheckPasswordSignInAsync(user, request.CurrentPassword, lockoutOnFailure: true).ConfigureAwait(false);
        if (!check.Succeeded)
        {
            await AppendAsync(audit, context, user.Id, $"user/{user.Id}", AuditOutcomes.Failure).ConfigureAwait(false);
            return check.IsLockedOut ? SignInProblems.LockedOut() : SignInProblems.Failed();
        }

        user.MustChangePassword = false;
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidRequestException("newPassword", string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await AppendAsync(audit, context, user.Id, $"user/{user.Id}", AuditOutcomes.Success).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static ValueTask<AuditRecord> AppendAsync(IAuditLog audit, HttpContext context, string actor, string target, string outcome) =>
        audit.AppendAsync(new AuditEntry(actor, "user.password-changed", target)
        {
            Outcome = outcome,
            SourceIp = context.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = AuditActor.CorrelationId,
        }, context.RequestAborted);
}
