using ContactCenter.Plugins.Channels.WhatsApp.Plugin;
using ContactCenter.Sdk.Security;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.WhatsApp.Account;

/// <summary>
/// The Meta app's secrets (app secret for webhook signatures, the system user's access token, the webhook verify
/// token), set by an administrator through the plugin's API, stored encrypted, cached for a minute so every node picks
/// up a rotation; the Graph endpoint may be overridden per installation (a stand-in in tests and demos).
/// </summary>
internal sealed class AccountStore(IPluginStore store, ISensitiveDataProtector protector, WhatsAppOptions options)
{
    private const string Id = "account";
    private const string Context = "cc.channels.whatsapp/account/";
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private readonly IDocumentCollection<AccountDocument> _accounts = store.Collection<AccountDocument>("account");
    private (AccountSettings? Settings, long Ticks) _cached;

    public async ValueTask<AccountSettings?> GetAsync(CancellationToken cancellationToken)
    {
        var cached = _cached;
        if (cached.Settings is not null && Environment.TickCount64 - cached.Ticks < CacheFor.TotalMilliseconds)
        {
            return cached.Settings;
        }

        var stored = await _accounts.GetAsync(Id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        var document = stored.Value;
        var settings = new AccountSettings(
            await protector.UnprotectStringAsync(document.AppSecret, Context + "app-secret", cancellationToken).ConfigureAwait(false),
            await protector.UnprotectStringAsync(document.AccessToken, Context + "access-token", cancellationToken).ConfigureAwait(false),
            await protector.UnprotectStringAsync(document.VerifyToken, Context + "verify-token", cancellationToken).ConfigureAwait(false),
            new Uri(document.GraphBaseUrl ?? options.GraphBaseUrl, UriKind.Absolute),
            document.GraphVersion ?? options.GraphVersion);
        _cached = (settings, Environment.TickCount64);
        return settings;
    }

    /// <summary>The stored form (secrets encrypted), for the audit trail's digests.</summary>
    public async ValueTask<AccountDocument?> GetStoredAsync(CancellationToken cancellationToken) =>
        (await _accounts.GetAsync(Id, cancellationToken).ConfigureAwait(false))?.Value;

    public async ValueTask<AccountDocument> SetAsync(AccountRequest request, CancellationToken cancellationToken)
    {
        var document = new AccountDocument(
            protector.ProtectString(request.AppSecret, Context + "app-secret"),
            protector.ProtectString(request.AccessToken, Context + "access-token"),
            protector.ProtectString(request.VerifyToken, Context + "verify-token"),
            request.GraphBaseUrl,
            request.GraphVersion);
        await _accounts.UpsertAsync(Id, document, cancellationToken).ConfigureAwait(false);
        _cached = default;
        return document;
    }
}
