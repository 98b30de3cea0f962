namespace ContactCenter.Plugins.Channels.Voice.Sip.Auth;

/// <summary>
/// Where SIP device credentials live (separate from web passwords). The in-memory store serves until the identity
/// area wires a persistent one; implementations keep HA1 digests only.
/// </summary>
internal interface ISipCredentialStore
{
    ValueTask<SipCredential?> FindAsync(string realm, string username, CancellationToken cancellationToken);

    /// <summary>Sets or rotates a user's secret: the new HA1 digests replace the old ones at once.</summary>
    ValueTask RotateAsync(string realm, string username, string newSecret, CancellationToken cancellationToken);

    ValueTask<bool> RemoveAsync(string realm, string username, CancellationToken cancellationToken);
}
