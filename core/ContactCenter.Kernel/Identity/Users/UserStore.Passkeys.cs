using ContactCenter.Kernel.Storage;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// Passkeys (WebAuthn credentials) in the account's document, with one <see cref="PasskeyReservation"/> per credential
/// written in the same batch (see <see cref="ReservePasskeys"/>), so a credential belongs to one account and is found by
/// its id. Changes are persisted by the <c>UserManager</c>'s update, like every other store setter.
/// </summary>
internal sealed partial class UserStore : IUserPasskeyStore<UserAccount>
{
    public Task AddOrUpdatePasskeyAsync(UserAccount user, UserPasskeyInfo passkey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passkey);
        var id = Base64Url(passkey.CredentialId);
        var stored = Checked(user).Passkeys.Find(p => p.CredentialId == id);
        if (stored is null)
        {
            stored = new StoredPasskey { CredentialId = id, CreatedAt = passkey.CreatedAt };
            user.Passkeys.Add(stored);
        }

        stored.Name = passkey.Name ?? stored.Name;
        stored.PublicKey = passkey.PublicKey;
        stored.SignCount = passkey.SignCount;
        stored.Transports = passkey.Transports;
        stored.IsUserVerified = passkey.IsUserVerified;
        stored.IsBackupEligible = passkey.IsBackupEligible;
        stored.IsBackedUp = passkey.IsBackedUp;
        stored.AttestationObject = passkey.AttestationObject;
        stored.ClientDataJson = passkey.ClientDataJson;
        return Task.CompletedTask;
    }

    public Task<IList<UserPasskeyInfo>> GetPasskeysAsync(UserAccount user, CancellationToken cancellationToken) =>
        Task.FromResult<IList<UserPasskeyInfo>>([.. Checked(user).Passkeys.Select(Info)]);

    public async Task<UserAccount?> FindByPasskeyIdAsync(byte[] credentialId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentialId);
        if (credentialId.Length == 0)
        {
            return null;
        }

        var id = Base64Url(credentialId);
        var reservation = await _passkeys.GetAsync(id, cancellationToken).ConfigureAwait(false);
        var user = reservation is null ? null : await FindByIdAsync(reservation.Value.UserId, cancellationToken).ConfigureAwait(false);
        // The account is the authority: a reservation left behind by a removal on another path never finds anyone.
        return user is not null && user.Passkeys.Exists(p => p.CredentialId == id) ? user : null;
    }

    public Task<UserPasskeyInfo?> FindPasskeyAsync(UserAccount user, byte[] credentialId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentialId);
        var id = Base64Url(credentialId);
        return Task.FromResult(Checked(user).Passkeys.Find(p => p.CredentialId == id) is { } stored ? Info(stored) : null);
    }

    public Task RemovePasskeyAsync(UserAccount user, byte[] credentialId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentialId);
        var id = Base64Url(credentialId);
        Checked(user).Passkeys.RemoveAll(p => p.CredentialId == id);
        return Task.CompletedTask;
    }

    /// <summary>Adds to <paramref name="batch"/> the reservations of passkeys added since the last read, and removes those of passkeys removed.</summary>
    private void ReservePasskeys(WriteBatch batch, UserAccount user)
    {
        var current = user.Passkeys.Select(p => p.CredentialId).ToHashSet(StringComparer.Ordinal);
        foreach (var added in current.Except(user.StoredPasskeyIds, StringComparer.Ordinal))
        {
            batch.Insert(_passkeys.Collection.Name, added, _passkeys.Serialize(new PasskeyReservation(user.Id)));
        }

        foreach (var removed in user.StoredPasskeyIds.Except(current, StringComparer.Ordinal))
        {
            batch.Delete(_passkeys.Collection.Name, removed);
        }
    }

    private static IdentityError PasskeyTaken() =>
        new() { Code = "PasskeyTaken", Description = "This passkey is already registered to an account." };

    private static UserPasskeyInfo Info(StoredPasskey stored) =>
        new(System.Buffers.Text.Base64Url.DecodeFromChars(stored.CredentialId), stored.PublicKey, stored.CreatedAt, stored.SignCount, stored.Transports,
            stored.IsUserVerified, stored.IsBackupEligible, stored.IsBackedUp, stored.AttestationObject, stored.ClientDataJson)
        { Name = stored.Name };

    /// <summary>The credential id as text: base64url without padding (WebAuthn's own encoding of it).</summary>
    internal static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
