namespace ContactCenter.Plugins.Channels.Voice.Plugin.Phones;

/// <summary>
/// An agent's SIP device account as stored (collection <c>phones</c>, one document per SIP user): the agent it belongs
/// to and the per-realm HA1 digests, never the secret. <see cref="Managed"/> tells who owns it: <see langword="false"/>
/// while it only mirrors the <c>phones</c> setting (a changed setting updates it at the next start), <see langword="true"/>
/// once the API rotated, re-assigned or removed it (storage wins from then on). A removed managed account stays as a
/// tombstone (<see cref="Removed"/>, no digests) so the setting cannot bring it back.
/// </summary>
internal sealed record VoicePhoneAccount
{
    public required string User { get; init; }

    public required string AgentId { get; init; }

    /// <summary>The realm the digests were computed for; digests of another realm never authenticate.</summary>
    public required string Realm { get; init; }

    /// <summary>H(user:realm:secret) with MD5; empty until a secret is set.</summary>
    public string Ha1Md5 { get; init; } = string.Empty;

    /// <summary>H(user:realm:secret) with SHA-256; empty until a secret is set.</summary>
    public string Ha1Sha256 { get; init; } = string.Empty;

    public DateTimeOffset? RotatedAt { get; init; }

    /// <summary>Who set the current secret (the audit actor), or <c>configuration</c> for digests from the setting.</summary>
    public string? RotatedBy { get; init; }

    /// <summary>Changes since the account was created (1 at creation).</summary>
    public long Version { get; init; } = 1;

    public bool Managed { get; init; }

    public bool Removed { get; init; }

    public bool HasSecret => Ha1Md5.Length > 0 && Ha1Sha256.Length > 0;

    /// <summary>Whether the account can authenticate a phone now.</summary>
    public bool Usable => !Removed && HasSecret;
}
