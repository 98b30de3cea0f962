namespace ContactCenter.Plugins.Channels.Voice.Sip.Auth;

/// <summary>
/// Where the digest authenticator finds SIP device credentials (separate from web passwords): HA1 digests only, never
/// a secret. The plugin's implementation is the persistent <c>Plugin.Phones.VoicePhoneStore</c> (the plugin's store,
/// cached in memory, with rotation through the phones API); the SIP stack's tests and the benchmarks use
/// <see cref="InMemorySipCredentialStore"/>. Lookups are on every REGISTER and INVITE from a phone: they must not
/// reach storage.
/// </summary>
internal interface ISipCredentialStore
{
    ValueTask<SipCredential?> FindAsync(string realm, string username, CancellationToken cancellationToken);
}
