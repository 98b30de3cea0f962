using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Security;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.WhatsApp.Threads;

/// <summary>
/// The customer-service window per conversation: it opens (or re-opens) when the customer writes and lasts 24 hours
/// from the customer's message; outside it only an approved template may be sent. Messages redelivered late or out of
/// order never move the window backwards.
/// </summary>
internal sealed class ThreadStore(IPluginStore store, ISensitiveDataProtector protector)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);
    private const int MaxAttempts = 8;
    private readonly IDocumentCollection<ThreadDocument> _threads = store.Collection<ThreadDocument>("threads");

    public async ValueTask CustomerWroteAsync(string conversationId, string channel, string waId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await _threads.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
            try
            {
                if (stored is null)
                {
                    await _threads.InsertAsync(conversationId, new ThreadDocument(channel, Protect(conversationId, waId), at), cancellationToken).ConfigureAwait(false);
                }
                else if (at > stored.Value.LastCustomerMessageAt)
                {
                    await _threads.ReplaceAsync(conversationId, stored.Value with { LastCustomerMessageAt = at }, stored.Version, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Another message of the same customer was recorded first: read again.
            }
        }
    }

    public async ValueTask<(string WaId, DateTimeOffset LastCustomerMessageAt)?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var stored = await _threads.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return stored is null
            ? null
            : (await protector.UnprotectStringAsync(stored.Value.WaId, Context(conversationId), cancellationToken).ConfigureAwait(false), stored.Value.LastCustomerMessageAt);
    }

    private string Protect(string conversationId, string waId) => protector.ProtectString(waId, Context(conversationId));

    private static string Context(string conversationId) => $"cc.channels.whatsapp/thread/{conversationId}/wa-id";
}
