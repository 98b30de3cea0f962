using ContactCenter.Kernel.Audit;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>Account administration on Identity's <see cref="UserManager{TUser}"/>, validated whole and audited.</summary>
internal sealed class UserAccounts(UserManager<UserAccount> users, UserStore store, UserAccountValidation validation, IAuditLog audit) : IUserAccounts
{
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default) =>
        await store.ListAsync(cancellationToken).ConfigureAwait(false);

    public Task<UserAccount?> GetAsync(string id, CancellationToken cancellationToken = default) => users.FindByIdAsync(id);

    public async Task<UserAccount> CreateAsync(NewUserAccount request, UserChangeSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(source);
        var user = new UserAccount
        {
            UserName = request.UserName?.Trim() ?? "",
            Email = string.IsNullOrWhiteSpace(request.Email) ? null : request.Email.Trim(),
            MustChangePassword = request.MustChangePassword,
        };
        var problems = new UserProblems();
        if (user.UserName.Length == 0)
        {
            problems.Add("userName", "A user name is required.");
        }

        user.Roles = UserAccountValidation.Roles(request.Roles, problems);
        await validation.MembershipsAsync(new UserMemberships(request.TeamIds, request.ServiceLineIds, request.AgentId), problems, cancellationToken).ConfigureAwait(false);
        await UserAccountValidation.PasswordAsync(users, user, request.Password, problems).ConfigureAwait(false);
        problems.ThrowIfAny();
        Apply(user, new UserMemberships(request.TeamIds, request.ServiceLineIds, request.AgentId));

        var result = await users.CreateAsync(user, request.Password!).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            problems.AddAll(result);
            problems.ThrowIfAny();
        }

        await AuditAsync(source, "user.created", user, null, $"roles: {string.Join(',', user.Roles)}", cancellationToken).ConfigureAwait(false);
        return user;
    }

    public async Task<UserAccount> SetRolesAsync(string id, IReadOnlyList<string> roles, UserChangeSource source, CancellationToken cancellationToken = default)
    {
        var problems = new UserProblems();
        var valid = UserAccountValidation.Roles(roles, problems);
        problems.ThrowIfAny();
        return await ChangeAsync(id, source, "user.roles-changed", u => u.Roles = valid, $"roles: {string.Join(',', valid)}", cancellationToken).ConfigureAwait(false);
    }

    public async Task<UserAccount> SetMembershipsAsync(string id, UserMemberships memberships, UserChangeSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        var problems = new UserProblems();
        await validation.MembershipsAsync(memberships, problems, cancellationToken).ConfigureAwait(false);
        problems.ThrowIfAny();
        return await ChangeAsync(id, source, "user.memberships-changed", u => Apply(u, memberships), null, cancellationToken).ConfigureAwait(false);
    }

    public Task<UserAccount> SetDisabledAsync(string id, bool disabled, UserChangeSource source, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, source, disabled ? "user.disabled" : "user.enabled", u => u.Disabled = disabled, null, cancellationToken);

    private async Task<UserAccount> ChangeAsync(
        string id, UserChangeSource source, string action, Action<UserAccount> change, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var user = await users.FindByIdAsync(id).ConfigureAwait(false) ?? throw new EntityNotFoundException("user", id);
        var before = UserAccessDigest.Of(user);
        var version = user.Version;
        change(user);

        // A new security stamp signs the account out of every session, so a changed access applies at once.
        var result = await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new ConcurrencyConflictException("user", id, version, null);
        }

        await AuditAsync(source, action, user, before, detail, cancellationToken).ConfigureAwait(false);
        return user;
    }

    private ValueTask<AuditRecord> AuditAsync(UserChangeSource source, string action, UserAccount user, string? before, string? detail, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditEntry(source.Actor, action, $"user/{user.Id}")
        {
            BeforeDigest = before,
            AfterDigest = UserAccessDigest.Of(user),
            SourceIp = source.SourceIp,
            CorrelationId = AuditActor.CorrelationId,
            Detail = detail,
        }, cancellationToken);

    private static void Apply(UserAccount user, UserMemberships memberships)
    {
        user.TeamIds = [.. memberships.TeamIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        user.ServiceLineIds = [.. memberships.ServiceLineIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        user.AgentId = string.IsNullOrWhiteSpace(memberships.AgentId) ? null : memberships.AgentId;
    }
}
