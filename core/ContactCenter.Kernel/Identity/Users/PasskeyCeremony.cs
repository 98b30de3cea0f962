namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// A WebAuthn ceremony in progress for an account: the state ASP.NET Core Identity's passkey handler returned with the
/// options (it holds the challenge). Kept on the account, not in a cookie, so it is used once: taking it clears it at
/// the account's version, and a replayed answer, or two requests racing with one, find nothing.
/// </summary>
/// <param name="Purpose"><see cref="Register"/> or <see cref="SignIn"/>.</param>
/// <param name="State">The handler's attestation or assertion state (JSON; not secret).</param>
/// <param name="ExpiresAt">When the challenge stops being accepted.</param>
public sealed record PasskeyCeremony(string Purpose, string State, DateTimeOffset ExpiresAt)
{
    /// <summary>Registering a new passkey.</summary>
    public const string Register = "register";

    /// <summary>Signing in with a passkey as the second factor.</summary>
    public const string SignIn = "sign-in";
}
