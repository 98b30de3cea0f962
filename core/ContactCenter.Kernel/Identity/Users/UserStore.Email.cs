using ContactCenter.Sdk.Storage;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>E-mail address (indexed by its normalised form).</summary>
internal sealed partial class UserStore : IUserEmailStore<UserAccount>
{
    public Task SetEmailAsync(UserAccount user, string? email, CancellationToken cancellationToken)
    {
        Checked(user).Email = email;
        return Task.CompletedTask;
    }

    public Task<string?> GetEmailAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(Checked(user).Email);

    public Task<bool> GetEmailConfirmedAsync(UserAccount user, CancellationToken cancellationToken) =>
        Task.FromResult(Checked(user).EmailConfirmed);

    public Task SetEmailConfirmedAsync(UserAccount user, bool confirmed, CancellationToken cancellationToken)
    {
        Checked(user).EmailConfirmed = confirmed;
        return Task.CompletedTask;
    }

    public async Task<UserAccount?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(normalizedEmail))
        {
            return null;
        }

        var found = await _users.ListAsync(DocumentQuery.Where("normalizedEmail", normalizedEmail), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : Typed(found[0]);
    }

    public Task<string?> GetNormalizedEmailAsync(UserAccount user, CancellationToken cancellationToken) =>
        Task.FromResult(Checked(user).NormalizedEmail);

    public Task SetNormalizedEmailAsync(UserAccount user, string? normalizedEmail, CancellationToken cancellationToken)
    {
        Checked(user).NormalizedEmail = normalizedEmail;
        return Task.CompletedTask;
    }
}
