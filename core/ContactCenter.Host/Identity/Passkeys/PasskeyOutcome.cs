using Microsoft.AspNetCore.Identity;

namespace ContactCenter.Host.Identity.Passkeys;

/// <summary>How a passkey ceremony ended: the passkey, or why it was refused (English, for the audit log; never a secret).</summary>
/// <param name="Passkey">The registered or used passkey when it succeeded.</param>
/// <param name="Reason">Why it was refused.</param>
internal sealed record PasskeyOutcome(UserPasskeyInfo? Passkey, string? Reason)
{
    public const string NoCredential = "no credential was sent (the browser needs script and passkey support)";
    public const string NoChallenge = "no challenge in progress (expired, already used, or another one was started)";

    public bool Succeeded => Passkey is not null;

    /// <summary>The credential id as the audit log names it: its first 16 base64url characters.</summary>
    public string? ShortId => Passkey is null ? null : System.Buffers.Text.Base64Url.EncodeToString(Passkey.CredentialId) is var id && id.Length > 16 ? id[..16] : id;

    public static PasskeyOutcome Ok(UserPasskeyInfo passkey) => new(passkey, null);

    public static PasskeyOutcome Fail(string reason) => new(null, reason);
}
