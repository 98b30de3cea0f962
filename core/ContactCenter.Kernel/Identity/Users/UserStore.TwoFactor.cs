using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// MFA: the TOTP key encrypted at rest with the kernel's data protector (bound to the account id), recovery codes kept
/// only as SHA-256 hashes and removed when redeemed.
/// </summary>
internal sealed partial class UserStore :
    IUserTwoFactorStore<UserAccount>, IUserAuthenticatorKeyStore<UserAccount>, IUserTwoFactorRecoveryCodeStore<UserAccount>
{
    public Task SetTwoFactorEnabledAsync(UserAccount user, bool enabled, CancellationToken cancellationToken)
    {
        Checked(user).TwoFactorEnabled = enabled;
        return Task.CompletedTask;
    }

    public Task<bool> GetTwoFactorEnabledAsync(UserAccount user, CancellationToken cancellationToken) =>
        Task.FromResult(Checked(user).TwoFactorEnabled);

    public Task SetAuthenticatorKeyAsync(UserAccount user, string key, CancellationToken cancellationToken)
    {
        Checked(user).ProtectedAuthenticatorKey = string.IsNullOrEmpty(key) ? null : protector.ProtectString(key, KeyContext(user));
        return Task.CompletedTask;
    }

    public async Task<string?> GetAuthenticatorKeyAsync(UserAccount user, CancellationToken cancellationToken) =>
        Checked(user).ProtectedAuthenticatorKey is { } protectedKey
            ? await protector.UnprotectStringAsync(protectedKey, KeyContext(user), cancellationToken).ConfigureAwait(false)
            : null;

    public Task ReplaceCodesAsync(UserAccount user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recoveryCodes);
        Checked(user).RecoveryCodeHashes = [.. recoveryCodes.Select(HashRecoveryCode)];
        return Task.CompletedTask;
    }

    public Task<bool> RedeemCodeAsync(UserAccount user, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var given = Convert.FromHexString(HashRecoveryCode(code));
        var index = Checked(user).RecoveryCodeHashes.FindIndex(h => CryptographicOperations.FixedTimeEquals(Convert.FromHexString(h), given));
        if (index < 0)
        {
            return Task.FromResult(false);
        }

        // Removed here and persisted by the UserManager's update: a code works once.
        user.RecoveryCodeHashes.RemoveAt(index);
        return Task.FromResult(true);
    }

    public Task<int> CountCodesAsync(UserAccount user, CancellationToken cancellationToken) =>
        Task.FromResult(Checked(user).RecoveryCodeHashes.Count);

    private static string KeyContext(UserAccount user) => $"user/{user.Id}/authenticator-key";

    private static string HashRecoveryCode(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant())));
}
