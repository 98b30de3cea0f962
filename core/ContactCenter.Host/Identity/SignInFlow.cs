using ContactCenter.Kernel.Audit;
using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Kernel.Time;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Host.Identity;

/// <summary>
/// The steps after a right password, in order: a forced password change, then MFA (the challenge when the account has
/// it, enrolment when the policy requires it and the account has none), then the session. Each unfinished step is a
/// <see cref="PendingSignIn"/>; only <see cref="CompleteAsync"/> starts a session.
/// </summary>
internal sealed class SignInFlow(SignInManager<UserAccount> signIn, MfaRequirement mfa, IAuditLog audit, KernelTime time)
{
    public UserManager<UserAccount> Users => signIn.UserManager;

    public SignInManager<UserAccount> SignIn => signIn;

    /// <summary>Goes to the next step for <paramref name="user"/>, or finishes the sign-in.</summary>
    public async Task<IResult> ContinueAsync(HttpContext context, UserAccount user, string returnUrl, string methods)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        string? step = user.MustChangePassword ? PendingSignIn.PasswordStep
            : user.TwoFactorEnabled ? PendingSignIn.MfaStep
            : mfa.Requires(user, context.Connection.RemoteIpAddress) ? PendingSignIn.EnrolStep
            : null;
        if (step is null)
        {
            await CompleteAsync(context, user, methods).ConfigureAwait(false);
            return TypedResults.LocalRedirect(returnUrl);
        }

        await new PendingSignIn(user.Id, step, returnUrl).WriteAsync(context).ConfigureAwait(false);
        return TypedResults.LocalRedirect(step switch
        {
            PendingSignIn.PasswordStep => "/identity/password",
            PendingSignIn.MfaStep => "/identity/mfa",
            _ => "/identity/mfa/enrol",
        });
    }

    /// <summary>Starts the session cookie, records the sign-in time and audits it (detail: the methods used, e.g. <c>pwd+otp</c>).</summary>
    public async Task CompleteAsync(HttpContext context, UserAccount user, string methods)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        user.LastSignInAt = time.GetUtcNow();
        await Users.UpdateAsync(user).ConfigureAwait(false);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: methods).ConfigureAwait(false);
        await PendingSignIn.ClearAsync(context).ConfigureAwait(false);
        await AuditAsync(context, user.Id, "sign-in", $"user/{user.Id}", AuditOutcomes.Success, methods).ConfigureAwait(false);
    }

    /// <summary>The pending sign-in at <paramref name="step"/> and its account, or <see langword="null"/> when there is none (expired, other step, account gone or disabled).</summary>
    public async Task<(PendingSignIn Pending, UserAccount User)?> PendingAsync(HttpContext context, string step)
    {
        var pending = await PendingSignIn.ReadAsync(context).ConfigureAwait(false);
        if (pending is null || pending.Step != step)
        {
            return null;
        }

        var user = await Users.FindByIdAsync(pending.UserId).ConfigureAwait(false);
        return user is null || user.Disabled ? null : (pending, user);
    }

    /// <summary>Counts a failed second factor towards lockout; returns whether the account is now locked.</summary>
    public async Task<bool> FailAsync(HttpContext context, UserAccount user, string action, string detail)
    {
        ArgumentNullException.ThrowIfNull(user);
        await Users.AccessFailedAsync(user).ConfigureAwait(false);
        var locked = await Users.IsLockedOutAsync(user).ConfigureAwait(false);
        await AuditAsync(context, user.Id, action, $"user/{user.Id}", AuditOutcomes.Failure, locked ? detail + ", locked out" : detail).ConfigureAwait(false);
        return locked;
    }

    public ValueTask<AuditRecord> AuditAsync(HttpContext context, string actor, string action, string target, string outcome, string? detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        return audit.AppendAsync(new AuditEntry(actor, action, target)
        {
            Outcome = outcome,
            Detail = detail,
            SourceIp = context.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = AuditActor.CorrelationId,
        }, context.RequestAborted);
    }
}
