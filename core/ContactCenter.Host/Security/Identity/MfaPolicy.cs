using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Users;

namespace ContactCenter.Host.Security.Identity;

/// <summary>
/// The roles that must always use MFA: administrators and supervisors (issue 5). Where a sign-in comes from adds to
/// this (<see cref="ContactCenter.Host.Identity.MfaRequirement"/>).
/// </summary>
internal static class MfaPolicy
{
    private static readonly string[] MfaRoles = [Roles.Administrator, Roles.Supervisor];

    public static bool Requires(UserAccount user) => user.Roles.Any(r => MfaRoles.Contains(r, StringComparer.Ordinal));
}
