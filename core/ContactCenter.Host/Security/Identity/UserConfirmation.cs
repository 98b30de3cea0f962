using ContactCenter.Kernel.Identity.Users;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Host.Security.Identity;

/// <summary>A disabled account cannot sign in (Identity then answers <c>NotAllowed</c>).</summary>
internal sealed class UserConfirmation : IUserConfirmation<UserAccount>
{
    public Task<bool> IsConfirmedAsync(UserManager<UserAccount> manager, UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(!user.Disabled);
    }
}
