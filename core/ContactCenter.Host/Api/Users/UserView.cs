using ContactCenter.Kernel.Identity;
using ContactCenter.Kernel.Identity.Users;

namespace ContactCenter.Host.Api.Users;

/// <summary>An account as the API shows it: access and status, never a secret (no hash, key or recovery code).</summary>
internal sealed record UserView(
    string Id,
    string UserName,
    string? Email,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    IReadOnlyList<string> TeamIds,
    IReadOnlyList<string> ServiceLineIds,
    string? AgentId,
    bool Disabled,
    bool LockedOut,
    bool MfaEnabled,
    bool MustChangePassword,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt)
{
    public static UserView Of(UserAccount user, DateTimeOffset now) => new(
        user.Id, user.UserName, user.Email, user.Roles, RoleCatalog.PermissionsOf(user.Roles), user.TeamIds, user.ServiceLineIds,
        user.AgentId, user.Disabled, user.LockoutEnd is { } end && end > now, user.TwoFactorEnabled, user.MustChangePassword,
        user.CreatedAt, user.LastSignInAt);
}
