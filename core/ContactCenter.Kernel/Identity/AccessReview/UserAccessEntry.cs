namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>One account in the access report: what it may do, where it works, and whether it is still used.</summary>
/// <param name="UserId">The account id.</param>
/// <param name="UserName">The sign-in name.</param>
/// <param name="Roles">Its roles.</param>
/// <param name="Permissions">The union of its roles' permissions.</param>
/// <param name="ServiceLineIds">Its service lines.</param>
/// <param name="TeamIds">Its teams.</param>
/// <param name="LastSignInAt">The last successful sign-in, if any.</param>
/// <param name="MfaEnabled">Whether MFA (TOTP) is on.</param>
/// <param name="Disabled">Whether an administrator disabled it.</param>
/// <param name="Idle">No sign-in within the idle period (counted from creation when it never signed in).</param>
public sealed record UserAccessEntry(
    string UserId, string UserName, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, IReadOnlyList<string> ServiceLineIds,
    IReadOnlyList<string> TeamIds, DateTimeOffset? LastSignInAt, bool MfaEnabled, bool Disabled, bool Idle);
