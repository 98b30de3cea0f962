namespace ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

/// <summary>
/// An account at a provider's registrar: where REGISTERs go (host or IP, transport), the address-of-record <c>sip:{Username}@{Domain}</c>,
/// the secret (never logged; <see cref="ToString"/> leaves it out), the realm accepted (null: the one challenged),
/// the expiry asked for, and the first back-off after a failure (doubled up to <see cref="MaxRetryDelay"/>).
/// </summary>
internal sealed record SipRegistrationAccount(string Name, SipTrunkTarget Registrar, string Username, string Secret, string Domain, string? Realm, int ExpiresSeconds)
{
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    public override string ToString() => $"{Name}: sip:{Username}@{Domain} via {Registrar}";
}
