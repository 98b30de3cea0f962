using System.Security.Cryptography;
using System.Text;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.Email.Threads;

/// <summary>
/// Every Message-ID the channel has seen or sent (collection <c>messages</c>, keyed by a hash: ids are long and
/// personal) to the thread it belongs to, so a reply naming any of them in <c>In-Reply-To</c> or <c>References</c>
/// continues that thread.
/// </summary>
internal sealed class MessageIndex(IPluginStore store)
{
    private readonly IDocumentCollection<IndexedMessage> _messages = store.Collection<IndexedMessage>("messages");

    public async ValueTask<string?> ThreadOfAsync(string messageId, CancellationToken cancellationToken) =>
        (await _messages.GetAsync(Key(messageId), cancellationToken).ConfigureAwait(false))?.Value.ThreadId;

    public async ValueTask RememberAsync(string messageId, string threadId, CancellationToken cancellationToken)
    {
        try
        {
            await _messages.InsertAsync(Key(messageId), new IndexedMessage(threadId), cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            // Already known (a redelivery, or another node): the first thread it was seen in stays its thread.
        }
    }

    /// <summary>A short, stable key for a Message-ID (without angle brackets); also the thread id of a thread it starts.</summary>
    public static string Key(string messageId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..40];
}
