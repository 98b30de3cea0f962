using ContactCenter.Kernel.Identity.OAuth.Keys;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Validation;

namespace ContactCenter.Host.Security.OAuth;

/// <summary>
/// Puts rotated OAuth keys to work without a restart: reloads the key ring into <see cref="OAuthServerKeys"/> and drops
/// OpenIddict's cached server and validation options, so the next request builds them again with the new keys (the
/// new signing key first; retired keys still accepted until the retention ends). Other nodes pick them up at their next start.
/// </summary>
internal sealed class OAuthKeyReloader(
    OAuthKeyRing ring, OAuthServerKeys keys, IOptions<OAuthOptions> options,
    IOptionsMonitorCache<OpenIddictServerOptions> serverOptions, IOptionsMonitorCache<OpenIddictValidationOptions> validationOptions)
{
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        keys.Set(await ring.LoadAsync(options.Value.KeyRetention, cancellationToken).ConfigureAwait(false));
        serverOptions.Clear();
        validationOptions.Clear();
    }
}
