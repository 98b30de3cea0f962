using System.Security.Cryptography;
using System.Text;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.WhatsApp.Threads;

/// <summary>
/// Meta's message ids (<c>wamid.…</c>) to the kernel's: replies we sent (status webhooks name them) and customer messages
/// already ingested (a redelivery is recognised before its media is downloaded again). Keyed by a hash: wamids are long.
/// </summary>
internal sealed class MessageIdMap(IPluginStore store)
{
    private readonly IDocumentCollection<SentDocument> _sent = store.Collection<SentDocument>("sent");
    private readonly IDocumentCollection<SentDocument> _received = store.Collection<SentDocument>("received");

    public ValueTask RememberSentAsync(string wamid, string messageId, CancellationToken cancellationToken) => PutAsync(_sent, wamid, messageId, cancellationToken);

    public ValueTask RememberReceivedAsync(string wamid, string messageId, CancellationToken cancellationToken) => PutAsync(_received, wamid, messageId, cancellationToken);

    public async ValueTask<string?> SentAsync(string wamid, CancellationToken cancellationToken) =>
        (await _sent.GetAsync(Key(wamid), cancellationToken).ConfigureAwait(false))?.Value.MessageId;

    public async ValueTask<bool> WasReceivedAsync(string wamid, CancellationToken cancellationToken) =>
        await _received.GetAsync(Key(wamid), cancellationToken).ConfigureAwait(false) is not null;

    private static async ValueTask PutAsync(IDocumentCollection<SentDocument> collection, string wamid, string messageId, CancellationToken cancellationToken)
    {
        try
        {
            await collection.InsertAsync(Key(wamid), new SentDocument(messageId), cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            // Already recorded by a redelivery or another node: the same mapping.
        }
    }

    private static string Key(string wamid) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(wamid)))[..40];
}
