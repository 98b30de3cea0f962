using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// ASP.NET Core Identity's user store on the kernel's <see cref="IDocumentStore"/> (no EF Core): one document per
/// account, a name reservation written in the same batch so names stay unique, optimistic concurrency on the
/// document version. The other store interfaces are in the partial files beside this one.
/// </summary>
internal sealed partial class UserStore(IDocumentStore store, IDataProtector protector, KernelTime time, IdentityErrorDescriber errors)
    : IUserStore<UserAccount>
{
    private readonly KernelRepository<UserAccount> _users = new(store, KernelCollections.Users);
    private readonly KernelRepository<UserNameReservation> _names = new(store, KernelCollections.UserNames);
    private readonly KernelRepository<PasskeyReservation> _passkeys = new(store, KernelCollections.UserPasskeys);

    public Task<string> GetUserIdAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(Checked(user).Id);

    public Task<string?> GetUserNameAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult<string?>(Checked(user).UserName);

    public Task SetUserNameAsync(UserAccount user, string? userName, CancellationToken cancellationToken)
    {
        Checked(user).UserName = userName ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(UserAccount user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(Checked(user).NormalizedUserName);

    public Task SetNormalizedUserNameAsync(UserAccount user, string? normalizedName, CancellationToken cancellationToken)
    {
        Checked(user).NormalizedUserName = normalizedName ?? "";
        return Task.CompletedTask;
    }

    public async Task<IdentityResult> CreateAsync(UserAccount user, CancellationToken cancellationToken)
    {
        Checked(user);
        if (user.Id.Length == 0)
        {
            user.Id = UserIds.New();
        }

        if (user.CreatedAt == default)
        {
            user.CreatedAt = time.GetUtcNow();
        }

        var batch = new WriteBatch()
            .Insert(_users.Collection.Name, user.Id, _users.Serialize(user))
            .Insert(_names.Collection.Name, user.NormalizedUserName, _names.Serialize(new UserNameReservation(user.Id)));
        ReservePasskeys(batch, user);
        try
        {
            var result = await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
            Track(user, result.Documents[0]!.Version);
            return IdentityResult.Success;
        }
        catch (ConcurrencyConflictException ex) when (ex.EntityType == _passkeys.Collection.Name)
        {
            return IdentityResult.Failed(PasskeyTaken());
        }
        catch (ConcurrencyConflictException)
        {
            // The id is fresh, so the conflict is on the name: someone holds it (perhaps created a moment ago on another node).
            return IdentityResult.Failed(errors.DuplicateUserName(user.UserName));
        }
    }

    public async Task<IdentityResult> UpdateAsync(UserAccount user, CancellationToken cancellationToken)
    {
        Checked(user);
        var batch = new WriteBatch().Replace(_users.Collection.Name, user.Id, _users.Serialize(user), user.Version);
        var renamed = !string.Equals(user.StoredNormalizedUserName, user.NormalizedUserName, StringComparison.Ordinal);
        if (renamed)
        {
            batch.Insert(_names.Collection.Name, user.NormalizedUserName, _names.Serialize(new UserNameReservation(user.Id)));
            if (user.StoredNormalizedUserName is { Length: > 0 } previous)
            {
                batch.Delete(_names.Collection.Name, previous);
            }
        }

        ReservePasskeys(batch, user);
        try
        {
            var result = await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
            Track(user, result.Documents[0]!.Version);
            return IdentityResult.Success;
        }
        catch (ConcurrencyConflictException ex) when (renamed && ex.Id == user.NormalizedUserName)
        {
            return IdentityResult.Failed(errors.DuplicateUserName(user.UserName));
        }
        catch (ConcurrencyConflictException ex) when (ex.EntityType == _passkeys.Collection.Name)
        {
            return IdentityResult.Failed(PasskeyTaken());
        }
        catch (ConcurrencyConflictException)
        {
            return IdentityResult.Failed(errors.ConcurrencyFailure());
        }
    }

    public async Task<IdentityResult> DeleteAsync(UserAccount user, CancellationToken cancellationToken)
    {
        Checked(user);
        var batch = new WriteBatch().Delete(_users.Collection.Name, user.Id, user.Version)
            .Delete(_names.Collection.Name, user.StoredNormalizedUserName ?? user.NormalizedUserName);
        foreach (var credentialId in user.StoredPasskeyIds)
        {
            batch.Delete(_passkeys.Collection.Name, credentialId);
        }

        try
        {
            await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
            return IdentityResult.Success;
        }
        catch (ConcurrencyConflictException)
        {
            return IdentityResult.Failed(errors.ConcurrencyFailure());
        }
    }

    public async Task<UserAccount?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(userId) ? null : Typed(await _users.GetAsync(userId, cancellationToken).ConfigureAwait(false));

    public async Task<UserAccount?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(normalizedUserName))
        {
            return null;
        }

        var found = await _users.ListAsync(DocumentQuery.Where("normalizedUserName", normalizedUserName), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : Typed(found[0]);
    }

    /// <summary>Every account, ordered by id (a few thousand at most: the contact center's staff).</summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await _users.ListAsync(null, cancellationToken).ConfigureAwait(false)).Select(v => Typed(v)!)];

    public void Dispose()
    {
        // Nothing to release: the document store is a singleton owned by the container.
    }

    private static UserAccount? Typed(Versioned<UserAccount>? stored)
    {
        if (stored is null)
        {
            return null;
        }

        Track(stored.Value, stored.Version);
        return stored.Value;
    }

    private static void Track(UserAccount user, long version)
    {
        user.Version = version;
        user.StoredNormalizedUserName = user.NormalizedUserName;
        user.StoredPasskeyIds = [.. user.Passkeys.Select(p => p.CredentialId)];
    }

    private static UserAccount Checked(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user;
    }
}
