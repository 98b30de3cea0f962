using System.Security.Cryptography;
using ContactCenter.Kernel.Identity.Mfa;
using ContactCenter.Kernel.Time;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// Identity's authenticator (TOTP) provider, replacing its own so that a code is accepted once: the step of the last
/// accepted code is stored on the account (<see cref="UserAccount.LastTotpStep"/>) and a code of that step or an older
/// one is refused. The step is written at the account's version, so two requests racing with one code cannot both win.
/// Codes are checked on the kernel clock with one step of drift either way (<see cref="TotpAuthenticator"/>).
/// </summary>
internal sealed class TotpTokenProvider(KernelTime time) : IUserTwoFactorTokenProvider<UserAccount>
{
    private static readonly TotpAuthenticator Totp = new(HashAlgorithmName.SHA1);

    public Task<string> GenerateAsync(string purpose, UserManager<UserAccount> manager, UserAccount user) =>
        // Codes come from the user's authenticator app; the server never sends one.
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<UserAccount> manager, UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        var step = Totp.Verify(Base32Encoding.ToBytes(key), token, time.GetUtcNow(), user.LastTotpStep);
        if (step is null)
        {
            return false;
        }

        user.LastTotpStep = step;
        var saved = await manager.UpdateAsync(user).ConfigureAwait(false);
        return saved.Succeeded;
    }

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<UserAccount> manager, UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user).ConfigureAwait(false));
    }
}
