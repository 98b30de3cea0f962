using ContactCenter.Kernel.Identity.Users;
using ContactCenter.Kernel.Time;
using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Host.Identity.Passkeys;

/// <summary>
/// WebAuthn registration and assertion through ASP.NET Core Identity's passkey handler (it builds the options and
/// verifies the authenticator's answer: challenge, origin, RP id, signature, flags, counter). The handler's state is kept
/// on the account (<see cref="PasskeyCeremony"/>) rather than in <c>SignInManager</c>'s two-factor cookie, so a challenge
/// is accepted once: it is taken (cleared at the account's version) before the answer is verified, and a replayed
/// answer, or two requests racing with one, find nothing to verify against.
/// </summary>
internal sealed class PasskeyCeremonies(IPasskeyHandler<UserAccount> handler, UserManager<UserAccount> users, KernelTime time)
{
    /// <summary>How long a challenge is accepted (the browser's own timeout is Identity's default, 5 minutes).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public UserManager<UserAccount> Users => users;

    /// <summary>Starts registering a passkey for <paramref name="user"/>: the creation options for <c>navigator.credentials.create()</c>.</summary>
    public async Task<string?> BeginRegistrationAsync(HttpContext context, UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entity = new PasskeyUserEntity { Id = user.Id, Name = user.UserName, DisplayName = user.UserName };
        var options = await handler.MakeCreationOptionsAsync(entity, context).ConfigureAwait(false);
        return await KeepAsync(user, PasskeyCeremony.Register, options.AttestationState, options.CreationOptionsJson).ConfigureAwait(false);
    }

    /// <summary>Starts a passkey sign-in for <paramref name="user"/> (after the password): the request options for <c>navigator.credentials.get()</c>.</summary>
    public async Task<string?> BeginSignInAsync(HttpContext context, UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var options = await handler.MakeRequestOptionsAsync(user, context).ConfigureAwait(false);
        return await KeepAsync(user, PasskeyCeremony.SignIn, options.AssertionState, options.RequestOptionsJson).ConfigureAwait(false);
    }

    /// <summary>Verifies the browser's answer to the registration challenge and adds the passkey to <paramref name="user"/>.</summary>
    public async Task<PasskeyOutcome> RegisterAsync(HttpContext context, UserAccount user, string? credentialJson, string name)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(credentialJson))
        {
            return PasskeyOutcome.Fail(PasskeyOutcome.NoCredential);
        }

        if (await TakeAsync(user, PasskeyCeremony.Register).ConfigureAwait(false) is not { } state)
        {
            return PasskeyOutcome.Fail(PasskeyOutcome.NoChallenge);
        }

        var result = await handler.PerformAttestationAsync(new PasskeyAttestationContext { HttpContext = context, CredentialJson = credentialJson, AttestationState = state })
            .ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return PasskeyOutcome.Fail(result.Failure.Message);
        }

        if (result.UserEntity.Id != user.Id)
        {
            return PasskeyOutcome.Fail("the credential was made for another account");
        }

        result.Passkey.Name = name;
        var saved = await users.AddOrUpdatePasskeyAsync(user, result.Passkey).ConfigureAwait(false);
        return saved.Succeeded ? PasskeyOutcome.Ok(result.Passkey) : PasskeyOutcome.Fail(string.Join("; ", saved.Errors.Select(e => e.Description)));
    }

    /// <summary>Verifies the browser's answer to the sign-in challenge: a passkey of <paramref name="user"/>, signed now; its counter is stored.</summary>
    public async Task<PasskeyOutcome> VerifyAsync(HttpContext context, UserAccount user, string? credentialJson)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(credentialJson))
        {
            return PasskeyOutcome.Fail(PasskeyOutcome.NoCredential);
        }

        if (await TakeAsync(user, PasskeyCeremony.SignIn).ConfigureAwait(false) is not { } state)
        {
            return PasskeyOutcome.Fail(PasskeyOutcome.NoChallenge);
        }

        var result = await handler.PerformAssertionAsync(new PasskeyAssertionContext { HttpContext = context, CredentialJson = credentialJson, AssertionState = state })
            .ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return PasskeyOutcome.Fail(result.Failure.Message);
        }

        if (result.User.Id != user.Id)
        {
            return PasskeyOutcome.Fail("the passkey belongs to another account");
        }

        // Saved on this instance (read at the version that cleared the challenge): the new counter and flags.
        var saved = await users.AddOrUpdatePasskeyAsync(user, result.Passkey).ConfigureAwait(false);
        return saved.Succeeded ? PasskeyOutcome.Ok(result.Passkey) : PasskeyOutcome.Fail(PasskeyOutcome.NoChallenge);
    }

    private async Task<string?> KeepAsync(UserAccount user, string purpose, string? state, string optionsJson)
    {
        user.PasskeyCeremony = new PasskeyCeremony(purpose, state ?? "", time.GetUtcNow() + Lifetime);
        return (await users.UpdateAsync(user).ConfigureAwait(false)).Succeeded ? optionsJson : null;
    }

    /// <summary>The ceremony's state, once: cleared at the account's version first, so only one request gets it.</summary>
    private async Task<string?> TakeAsync(UserAccount user, string purpose)
    {
        if (user.PasskeyCeremony is not { } ceremony)
        {
            return null;
        }

        user.PasskeyCeremony = null;
        var cleared = await users.UpdateAsync(user).ConfigureAwait(false);
        return cleared.Succeeded && ceremony.Purpose == purpose && ceremony.ExpiresAt > time.GetUtcNow() ? ceremony.State : null;
    }
}
