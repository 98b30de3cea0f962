namespace ContactCenter.Plugins.Channels.Voice.Plugin.Phones;

/// <summary>What the phones API shows of an account: never the digests.</summary>
internal sealed record VoicePhoneView(string User, string AgentId, string Realm, bool HasSecret, DateTimeOffset? RotatedAt, string? RotatedBy, long Version, string Source)
{
    public static VoicePhoneView Of(VoicePhoneAccount account) => new(
        account.User, account.AgentId, account.Realm, account.HasSecret, account.RotatedAt, account.RotatedBy, account.Version,
        account.Managed ? "api" : "configuration");
}
