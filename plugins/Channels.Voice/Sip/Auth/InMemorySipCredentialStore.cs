using System.Collections.Concurrent;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Auth;

/// <summary>
/// Credentials in memory, keyed by realm and username (usernames compare exactly, realms case-insensitively): the
/// store of the SIP stack's tests and benchmarks (the plugin persists its accounts in <c>Plugin.Phones.VoicePhoneStore</c>).
/// </summary>
internal sealed class InMemorySipCredentialStore : ISipCredentialStore
{
    private readonly ConcurrentDictionary<(string Realm, string Username), SipCredential> _credentials = new();

    public ValueTask<SipCredential?> FindAsync(string realm, string username, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_credentials.TryGetValue(Key(realm, username), out var credential) ? credential : null);

    /// <summary>Sets or rotates a user's secret: the new HA1 digests replace the old ones at once.</summary>
    public ValueTask RotateAsync(string realm, string username, string newSecret, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(newSecret);
        _credentials[Key(realm, username)] = SipCredential.FromSecret(username, realm, newSecret);
        return ValueTask.CompletedTask;
    }

    /// <summary>Stores a credential already in HA1 form (from configuration: the secret was never here).</summary>
    public void Set(SipCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        _credentials[Key(credential.Realm, credential.Username)] = credential;
    }

    public ValueTask<bool> RemoveAsync(string realm, string username, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_credentials.TryRemove(Key(realm, username), out _));

    private static (string, string) Key(string realm, string username) => (realm.ToLowerInvariant(), username);
}
