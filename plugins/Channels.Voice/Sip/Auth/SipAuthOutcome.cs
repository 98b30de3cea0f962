namespace ContactCenter.Plugins.Channels.Voice.Sip.Auth;

internal enum SipAuthOutcome
{
    /// <summary>No credentials for our realm: challenge.</summary>
    Missing,

    /// <summary>Credentials verified.</summary>
    Authenticated,

    /// <summary>Right credentials on an expired nonce: challenge again with stale=true.</summary>
    Stale,

    /// <summary>Wrong credentials, unknown user, forged nonce or replayed nonce-count: counts towards a ban.</summary>
    Failed,
}
