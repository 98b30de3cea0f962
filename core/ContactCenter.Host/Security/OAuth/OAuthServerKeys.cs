using ContactCenter.Kernel.Identity.OAuth.Keys;

namespace ContactCenter.Host.Security.OAuth;

/// <summary>
/// The keys the OpenIddict server uses, loaded from the store at start (<see cref="OAuthStartup"/>) before the first
/// request configures the server; OpenIddict reads them once, so a rotation takes effect at the next start.
/// </summary>
internal sealed class OAuthServerKeys
{
    private IReadOnlyList<OAuthKey>? _keys;

    public IReadOnlyList<OAuthKey> Keys =>
        Volatile.Read(ref _keys) ?? throw new InvalidOperationException("The OAuth keys are not loaded yet: they are loaded while the host starts.");

    public void Set(IReadOnlyList<OAuthKey> keys) => Volatile.Write(ref _keys, keys);
}
