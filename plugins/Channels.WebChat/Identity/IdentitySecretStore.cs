using System.Security.Cryptography;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Security;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.WebChat.Identity;

/// <summary>
/// The identity secret shared with the website's server: 32 random bytes created on first use, stored encrypted with
/// the kernel's data protector (never in plugin.json, never logged), the same on every node.
/// </summary>
internal sealed class IdentitySecretStore(IPluginStore store, ISensitiveDataProtector protector)
{
    private const string Id = "identity";
    private const string Context = "cc.channels.webchat/identity-secret";
    private readonly IDocumentCollection<SecretDocument> _secrets = store.Collection<SecretDocument>("secrets");
    private byte[]? _cached;

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached)
        {
            return cached;
        }

        var stored = await _secrets.GetAsync(Id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            try
            {
                stored = await _secrets.InsertAsync(Id, new SecretDocument(protector.ProtectString(fresh, Context)), cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                // Another node created it first: everyone uses that one.
                stored = await _secrets.GetAsync(Id, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("The web chat identity secret vanished while being created.");
            }
        }

        var secret = Convert.FromBase64String(await protector.UnprotectStringAsync(stored.Value.Sealed, Context, cancellationToken).ConfigureAwait(false));
        _cached = secret;
        return secret;
    }
}
