namespace ContactCenter.Plugins.Channels.Voice.Plugin.Trunks;

/// <summary>
/// Registration of a trunk to its provider's registrar (RFC 3261 §10.2): the account, its secret (never logged or
/// printed: <see cref="ToString"/> leaves it out), the realm it is valid for (null: the one the provider challenges
/// with), the expiry asked for, and the domain of the address-of-record (null: the outbound proxy's host).
/// </summary>
internal sealed record VoiceTrunkRegistration(string Username, string Secret, string? Realm, int ExpiresSeconds, string? Domain)
{
    public override string ToString() => $"{Username}@{Domain ?? "(proxy)"} every {ExpiresSeconds} s";
}
