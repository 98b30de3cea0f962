using System.Collections.Concurrent;
using ContactCenter.Sdk.Security;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.Email.Accounts;

/// <summary>
/// Each mailbox's IMAP and SMTP servers and credentials, set by an administrator through the plugin's API, the
/// passwords stored encrypted, cached for a minute so every node picks up a change.
/// </summary>
internal sealed class AccountStore(IPluginStore store, ISensitiveDataProtector protector)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private readonly IDocumentCollection<AccountDocument> _accounts = store.Collection<AccountDocument>("accounts");
    private readonly ConcurrentDictionary<string, (AccountSettings Settings, long Ticks)> _cached = new(StringComparer.Ordinal);

    public async ValueTask<AccountSettings?> GetAsync(string channel, CancellationToken cancellationToken)
    {
        if (_cached.TryGetValue(channel, out var cached) && Environment.TickCount64 - cached.Ticks < CacheFor.TotalMilliseconds)
        {
            return cached.Settings;
        }

        var stored = await _accounts.GetAsync(channel, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        var settings = new AccountSettings(
            await OpenAsync(stored.Value.Imap, Context(channel, "imap"), cancellationToken).ConfigureAwait(false),
            await OpenAsync(stored.Value.Smtp, Context(channel, "smtp"), cancellationToken).ConfigureAwait(false));
        _cached[channel] = (settings, Environment.TickCount64);
        return settings;
    }

    /// <summary>The stored form (passwords encrypted), for the audit trail's digests.</summary>
    public async ValueTask<AccountDocument?> GetStoredAsync(string channel, CancellationToken cancellationToken) =>
        (await _accounts.GetAsync(channel, cancellationToken).ConfigureAwait(false))?.Value;

    public async ValueTask<AccountDocument> SetAsync(string channel, AccountSettings settings, CancellationToken cancellationToken)
    {
        var document = new AccountDocument(Seal(settings.Imap, Context(channel, "imap")), Seal(settings.Smtp, Context(channel, "smtp")));
        await _accounts.UpsertAsync(channel, document, cancellationToken).ConfigureAwait(false);
        _cached.TryRemove(channel, out _);
        return document;
    }

    public async ValueTask<bool> RemoveAsync(string channel, CancellationToken cancellationToken)
    {
        var removed = await _accounts.DeleteAsync(channel, cancellationToken: cancellationToken).ConfigureAwait(false);
        _cached.TryRemove(channel, out _);
        return removed;
    }

    private ServerDocument Seal(ServerEndpoint server, string context) =>
        new(server.Host, server.Port, server.Security, server.UserName, protector.ProtectString(server.Password, context));

    private async ValueTask<ServerEndpoint> OpenAsync(ServerDocument server, string context, CancellationToken cancellationToken) =>
        new(server.Host, server.Port, server.Security, server.UserName,
            await protector.UnprotectStringAsync(server.Password, context, cancellationToken).ConfigureAwait(false));

    private static string Context(string channel, string server) => $"cc.channels.email/account/{channel}/{server}-password";
}
