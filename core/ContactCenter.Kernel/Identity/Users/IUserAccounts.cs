namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// Administration of local accounts over ASP.NET Core Identity: create, change roles and memberships, disable. Every
/// change is validated whole first (unknown roles, teams, service lines, a weak password: all listed at once, nothing
/// written) and audited with before/after digests.
/// </summary>
public interface IUserAccounts
{
    /// <summary>Every account, ordered by id.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The accounts.</returns>
    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>One account.</summary>
    /// <param name="id">The account id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account, or <see langword="null"/>.</returns>
    Task<UserAccount?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Creates an account (audited <c>user.created</c>).</summary>
    /// <param name="request">The account.</param>
    /// <param name="source">Who creates it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account as stored.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">Something is invalid; every problem is listed.</exception>
    Task<UserAccount> CreateAsync(NewUserAccount request, UserChangeSource source, CancellationToken cancellationToken = default);

    /// <summary>Replaces an account's roles (audited <c>user.roles-changed</c>).</summary>
    /// <param name="id">The account id.</param>
    /// <param name="roles">The new roles.</param>
    /// <param name="source">Who changes them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account as stored.</returns>
    Task<UserAccount> SetRolesAsync(string id, IReadOnlyList<string> roles, UserChangeSource source, CancellationToken cancellationToken = default);

    /// <summary>Replaces an account's teams, service lines and agent (audited <c>user.memberships-changed</c>).</summary>
    /// <param name="id">The account id.</param>
    /// <param name="memberships">The new memberships.</param>
    /// <param name="source">Who changes them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account as stored.</returns>
    Task<UserAccount> SetMembershipsAsync(string id, UserMemberships memberships, UserChangeSource source, CancellationToken cancellationToken = default);

    /// <summary>Disables or re-enables an account (audited <c>user.disabled</c> / <c>user.enabled</c>); disabling signs it out everywhere.</summary>
    /// <param name="id">The account id.</param>
    /// <param name="disabled">Whether it is disabled.</param>
    /// <param name="source">Who changes it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The account as stored.</returns>
    Task<UserAccount> SetDisabledAsync(string id, bool disabled, UserChangeSource source, CancellationToken cancellationToken = default);
}
