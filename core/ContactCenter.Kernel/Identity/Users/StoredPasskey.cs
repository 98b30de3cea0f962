namespace ContactCenter.Kernel.Identity.Users;

/// <summary>
/// A WebAuthn credential (passkey) registered to an account, kept in the account's document. Nothing here is secret:
/// the private key never leaves the authenticator; the server keeps the public key and what the authenticator said
/// when it was created, to verify later assertions.
/// </summary>
public sealed class StoredPasskey
{
    /// <summary>The credential id, base64url without padding (also the id of its <see cref="PasskeyReservation"/>).</summary>
    public string CredentialId { get; set; } = "";

    /// <summary>The name the user gave it (e.g. "Work laptop").</summary>
    public string? Name { get; set; }

    /// <summary>The credential's public key (COSE).</summary>
    public byte[] PublicKey { get; set; } = [];

    /// <summary>When it was registered.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The authenticator's signature counter at the last assertion (a lower one later suggests a cloned authenticator).</summary>
    public uint SignCount { get; set; }

    /// <summary>The transports the authenticator reported (usb, nfc, ble, internal, hybrid).</summary>
    public string[]? Transports { get; set; }

    /// <summary>Whether the user was verified (PIN, biometrics) when it was last used.</summary>
    public bool IsUserVerified { get; set; }

    /// <summary>Whether the credential may be synchronised to other devices.</summary>
    public bool IsBackupEligible { get; set; }

    /// <summary>Whether it is currently backed up (synchronised).</summary>
    public bool IsBackedUp { get; set; }

    /// <summary>The attestation object sent at registration.</summary>
    public byte[] AttestationObject { get; set; } = [];

    /// <summary>The client data sent at registration.</summary>
    public byte[] ClientDataJson { get; set; } = [];
}
