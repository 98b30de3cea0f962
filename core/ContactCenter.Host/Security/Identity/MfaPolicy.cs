using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Users;

namespace ContactCenter.Host.Security.Identity;

/// <summary>
/// Who must use MFA: administrators and supervisors always (issue 5). Until the MFA challenge and enrolment pages exist,
/// such accounts, and accounts that must change their password, get no session at all: the policy fails closed.
/// </summary>
internal static class MfaPolicy
{
    private static readonly string[] MfaRoles = [Roles.Administrator, Roles.Supervisor];

    public static bool Requires(UserAccount user) => user.Roles.Any(r => MfaRoles.Contains(r, StringComparer.Ordinal));
}
