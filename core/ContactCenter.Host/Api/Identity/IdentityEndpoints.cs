using ContactCenter.Host.Api.Limits;
using ContactCenter.Host.Identity;
using ContactCenter.Host.Security.Identity;
using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Identity;

/// <summary>
/// Maps <c>/api/v1/identity</c>: password sign-in to a secure session cookie and sign-out. Every attempt is audited
/// (<c>sign-in</c>, <c>sign-in.failed</c>, <c>sign-in.refused</c>), failures count towards lockout, and attempts are
/// rate limited per address. Accounts the MFA policy covers, and accounts that must change their password, get no
/// session here: they sign in on the pages (<c>/identity/sign-in</c>), which have the MFA and password steps.
/// </summary>
internal static class IdentityEndpoints
{
    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/identity").WithTags("Identity").WithMetadata(JsonBodyLimitMetadata.Instance);
        group.MapPost("/sign-in", SignInAsync).WithName("SignIn")
            .WithSummary("Checks a user name and password and starts a session cookie; 401 when wrong or locked out, 403 when MFA or a password change is required.")
            .AllowPublic("Signing in is how a caller without a credential gets one.")
            .RequireRateLimiting(SignInRateLimit.Policy);
        group.MapPost("/password", PasswordEndpoint.ChangeAsync).WithName("ChangePassword")
            .WithSummary("Changes a password given the current one; 401 when the current one is wrong, 400 when the new one fails the policy.")
            .AllowPublic("An account that must change its password has no session yet; the current password is the credential.")
            .RequireRateLimiting(SignInRateLimit.Policy);
        group.MapPost("/sign-out", SignOutAsync).WithName("SignOut").WithSummary("Ends the session cookie.")
            .AllowPublic("Ending a session needs no permission; without one it does nothing.");
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(
        [FromBody] SignInRequest? request, HttpContext context, [FromServices] SignInManager<UserAccount> signIn, [FromServices] IAuditLog audit,
        [FromServices] KernelTime time, [FromServices] MfaRequirement mfa)
    {
        if (string.IsNullOrWhiteSpace(request?.UserName) || string.IsNullOrEmpty(request.Password))
        {
            throw new InvalidRequestException("userName", "A user name and a password are required. / Se requieren usuario y contraseña.");
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(request.UserName.Trim()).ConfigureAwait(false);
        if (user is null)
        {
            await AuditAsync(audit, context, "anonymous", "sign-in.failed", "user/unknown", AuditOutcomes.Failure, "unknown user name").ConfigureAwait(false);
            return SignInProblems.Failed();
        }

        // This JSON API has no second step: accounts that need MFA (role, remote network, or their own choice) and accounts
        // that must change their password finish signing in on the pages (/identity/sign-in).
        var restricted = mfa.Requires(user, context.Connection.RemoteIpAddress) || user.MustChangePassword;
        var result = restricted
            ? await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true).ConfigureAwait(false)
            : await signIn.PasswordSignInAsync(user, request.Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        var target = $"user/{user.Id}";
        if (result.IsLockedOut)
        {
            await AuditAsync(audit, context, user.Id, "sign-in.failed", target, AuditOutcomes.Failure, "locked out").ConfigureAwait(false);
            return SignInProblems.LockedOut();
        }

        if (!result.Succeeded)
        {
            // A disabled account is refused like a wrong password, so the answer tells nothing about the account.
            await AuditAsync(audit, context, user.Id, "sign-in.failed", target, AuditOutcomes.Failure, result.IsNotAllowed ? "disabled" : "wrong password").ConfigureAwait(false);
            return SignInProblems.Failed();
        }

        if (restricted)
        {
            var reason = user.MustChangePassword ? "password change required" : "mfa required";
            await AuditAsync(audit, context, user.Id, "sign-in.refused", target, AuditOutcomes.Denied, reason).ConfigureAwait(false);
            return user.MustChangePassword ? SignInProblems.PasswordChangeRequired() : SignInProblems.MfaRequired();
        }

        user.LastSignInAt = time.GetUtcNow();
        await users.UpdateAsync(user).ConfigureAwait(false);
        await AuditAsync(audit, context, user.Id, "sign-in", target, AuditOutcomes.Success, null).ConfigureAwait(false);
        return TypedResults.Ok(new { userId = user.Id, userName = user.UserName, roles = user.Roles });
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, [FromServices] SignInManager<UserAccount> signIn)
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static ValueTask<AuditRecord> AuditAsync(IAuditLog audit, HttpContext context, string actor, string action, string target, string outcome, string? detail) =>
        audit.AppendAsync(new AuditEntry(actor, action, target)
        {
            Outcome = outcome,
            Detail = detail,
            SourceIp = context.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = AuditActor.CorrelationId,
        }, context.RequestAborted);
}
