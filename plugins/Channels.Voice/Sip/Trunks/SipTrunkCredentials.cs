namespace ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

/// <summary>
/// The account a carrier challenges our INVITEs for: user, secret (never logged or printed: <see cref="ToString"/>
/// leaves it out) and the realm it is valid for (null: the one the carrier challenges with).
/// </summary>
internal sealed record SipTrunkCredentials(string Username, string Secret, string? Realm)
{
    public override string ToString() => $"{Username}@{Realm ?? "(any realm)"}";
}
