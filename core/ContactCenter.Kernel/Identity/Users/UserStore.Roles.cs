using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// Roles are the built-in ones of <see cref="RoleCatalog"/> (no role store: a role is a fixed set of permissions).
/// Identity passes role names normalised to upper case; the account keeps the catalog's name.
/// </summary>
internal sealed partial class UserStore : IUserRoleStore<UserAccount>
{
    public Task AddToRoleAsync(UserAccount user, string roleName, CancellationToken cancellationToken)
    {
        var role = CatalogName(roleName) ?? throw new InvalidRequestException("roles", $"'{roleName}' is not a role. Known roles: {string.Join(", ", RoleCatalog.Grants.Keys.Order(StringComparer.Ordinal))}.");
        if (!Checked(user).Roles.Contains(role, StringComparer.Ordinal))
        {
            user.Roles.Add(role);
            user.Roles.Sort(StringComparer.Ordinal);
        }

        return Task.CompletedTask;
    }

    public Task RemoveFromRoleAsync(UserAccount user, string roleName, CancellationToken cancellationToken)
    {
        var role = CatalogName(roleName);
        Checked(user).Roles.RemoveAll(r => string.Equals(r, role, StringComparison.Ordinal));
        return Task.CompletedTask;
    }

    public Task<IList<string>> GetRolesAsync(UserAccount user, CancellationToken cancellationToken) =>
        Task.FromResult<IList<string>>([.. Checked(user).Roles]);

    public Task<bool> IsInRoleAsync(UserAccount user, string roleName, CancellationToken cancellationToken) =>
        Task.FromResult(CatalogName(roleName) is { } role && Checked(user).Roles.Contains(role, StringComparer.Ordinal));

    public async Task<IList<UserAccount>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken)
    {
        if (CatalogName(roleName) is not { } role)
        {
            return [];
        }

        // Lists are not indexable in the store; the staff list is small enough to filter here.
        var all = await ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.Where(u => u.Roles.Contains(role, StringComparer.Ordinal))];
    }

    /// <summary>The catalog's spelling of a role name in any case, or <see langword="null"/> when it is not a role.</summary>
    internal static string? CatalogName(string? roleName) =>
        roleName is null ? null : RoleCatalog.Grants.Keys.FirstOrDefault(r => string.Equals(r, roleName, StringComparison.OrdinalIgnoreCase));
}
