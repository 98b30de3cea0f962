using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Kernel.Time;

namespace ContactCenter.Kernel.Identity.AccessReview;

/// <summary>
/// The access report of issue 5: per account, roles, permissions, service lines, teams, last sign-in, MFA status, and
/// an idle flag for accounts without a sign-in for <c>CC:Identity:AccessReview:IdleDays</c> (default 90).
/// </summary>
public sealed class AccessReport(IUserAccounts accounts, KernelTime time, int idleDays)
{
    /// <summary>The configuration key of the idle period in days.</summary>
    public const string IdleDaysKey = "CC:Identity:AccessReview:IdleDays";

    /// <summary>Every account's entry, ordered by user name.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    public async Task<IReadOnlyList<UserAccessEntry>> BuildAsync(CancellationToken cancellationToken = default)
    {
        var idleSince = time.GetUtcNow() - TimeSpan.FromDays(idleDays);
        var users = await accounts.ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. users.OrderBy(u => u.UserName, StringComparer.Ordinal).Select(u => new UserAccessEntry(
            u.Id, u.UserName, [.. u.Roles], [.. RoleCatalog.PermissionsOf(u.Roles).Order(StringComparer.Ordinal)], [.. u.ServiceLineIds], [.. u.TeamIds],
            u.LastSignInAt, u.TwoFactorEnabled, u.Disabled, (u.LastSignInAt ?? u.CreatedAt) < idleSince))];
    }
}
