using System.Text.Json.Serialization;

namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// A local user account as ASP.NET Core Identity works on it. Mutable because Identity's <c>UserManager</c> changes a
/// user through its store's setters and then calls <c>UpdateAsync</c>; stored as one JSON document in
/// <see cref="Storage.KernelCollections.Users"/>. Secrets are never kept in clear: the password is a PBKDF2 hash, the
/// authenticator key is encrypted with the kernel's data protector, recovery codes are SHA-256 hashes.
/// </summary>
public sealed class UserAccount
{
    /// <summary>The account id (<c>u-</c> and 26 hex digits), never reused.</summary>
    public string Id { get; set; } = "";

    /// <summary>The sign-in name.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The sign-in name as Identity normalises it (upper case), unique.</summary>
    public string NormalizedUserName { get; set; } = "";

    /// <summary>The e-mail address, if any.</summary>
    public string? Email { get; set; }

    /// <summary>The e-mail address normalised.</summary>
    public string? NormalizedEmail { get; set; }

    /// <summary>Whether the address was confirmed (set by an administrator today).</summary>
    public bool EmailConfirmed { get; set; }

    /// <summary>The PBKDF2 password hash in Identity's format (never the password).</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Changes whenever credentials change, which signs the account out everywhere.</summary>
    public string SecurityStamp { get; set; } = "";

    /// <summary>Whether failed sign-ins lock the account.</summary>
    public bool LockoutEnabled { get; set; } = true;

    /// <summary>Until when the account is locked out (UTC), if it is.</summary>
    public DateTimeOffset? LockoutEnd { get; set; }

    /// <summary>Consecutive failed sign-ins since the last success.</summary>
    public int AccessFailedCount { get; set; }

    /// <summary>Whether MFA is on: an authenticator app (<see cref="TotpEnabled"/>) or a passkey is enrolled.</summary>
    public bool TwoFactorEnabled { get; set; }

    /// <summary>The TOTP key, encrypted with the data protector (context <c>user/{id}/authenticator-key</c>).</summary>
    public string? ProtectedAuthenticatorKey { get; set; }

    /// <summary>The RFC 6238 time step of the last TOTP code accepted, so the same code (or an older one) is refused (replay).</summary>
    public long? LastTotpStep { get; set; }

    /// <summary>SHA-256 (hex) of each unused recovery code.</summary>
    public List<string> RecoveryCodeHashes { get; set; } = [];

    /// <summary>Registered passkeys (WebAuthn credentials), a second factor like TOTP.</summary>
    public List<StoredPasskey> Passkeys { get; set; } = [];

    /// <summary>The passkey ceremony in progress, if any (its challenge is accepted once).</summary>
    public PasskeyCeremony? PasskeyCeremony { get; set; }

    /// <summary>Built-in role names (<see cref="Roles"/>).</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Service lines the user works for.</summary>
    public List<string> ServiceLineIds { get; set; } = [];

    /// <summary>Teams the user belongs to (a supervisor sees these teams).</summary>
    public List<string> TeamIds { get; set; } = [];

    /// <summary>The directory agent this user signs in as, if any.</summary>
    public string? AgentId { get; set; }

    /// <summary>Whether an administrator disabled the account (it cannot sign in).</summary>
    public bool Disabled { get; set; }

    /// <summary>Whether the password must be changed at the next sign-in (bootstrap and reset passwords).</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When the account was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The last successful sign-in, if any.</summary>
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>The storage version this instance was read at (optimistic concurrency); not stored.</summary>
    [JsonIgnore]
    public long Version { get; set; }

    /// <summary>
    /// Whether an authenticator app (TOTP) is enrolled: MFA is on and a code was accepted (enrolment accepts one before
    /// turning MFA on). <see cref="TwoFactorEnabled"/> alone may come from a passkey; not stored.
    /// </summary>
    [JsonIgnore]
    public bool TotpEnabled => TwoFactorEnabled && LastTotpStep.HasValue;

    /// <summary>The passkey credential ids as last read or written, so the store adds and removes their reservations; not stored.</summary>
    [JsonIgnore]
    internal IReadOnlyList<string> StoredPasskeyIds { get; set; } = [];

    /// <summary>The normalised name as last read or written, so a rename moves the name reservation; not stored.</summary>
    [JsonIgnore]
    internal string? StoredNormalizedUserName { get; set; }
}
