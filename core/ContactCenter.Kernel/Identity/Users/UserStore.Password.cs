using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>Password hash (PBKDF2, computed by Identity's hasher) and security stamp.</summary>
internal sealed partial class UserStore : IUserPasswordStore<UserAccount>, IUserSecurityStampStore<UserAccount>
{
    public Task SetPasswordHashAsync(UserAccount user, string? passwordHash, CancellationToken cancellationToken)
    {
        Checked(user).PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(UserAccount user, CancellationToken cancellationToken) =>
        Task.FromResult(Checked(user).PasswordHash);

    public Task<bool> HasPasswordAsync(UserAccount user, CancellationToken cancellationToken) =>
        Task.FromResult(Checked(user).PasswordHash is not null);

    public Task SetSecurityStampAsync(UserAccount user, string stamp, CancellationToken cancellationToken)
    {
        Checked(user).SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(UserAccount user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(Checked(user).SecurityStamp);
}
