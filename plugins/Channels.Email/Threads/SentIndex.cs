using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.Email.Threads;

/// <summary>
/// The Message-IDs of the replies the channel sent (collection <c>sent</c>, keyed by their hash) to the kernel's
/// message id, so a delivery-status notification naming one marks that message Failed.
/// </summary>
internal sealed class SentIndex(IPluginStore store)
{
    private readonly IDocumentCollection<SentMessage> _sent = store.Collection<SentMessage>("sent");

    public async ValueTask<string?> KernelMessageOfAsync(string messageId, CancellationToken cancellationToken) =>
        (await _sent.GetAsync(MessageIndex.Key(messageId), cancellationToken).ConfigureAwait(false))?.Value.KernelMessageId;

    public async ValueTask RememberAsync(string messageId, string kernelMessageId, CancellationToken cancellationToken)
    {
        try
        {
            await _sent.InsertAsync(MessageIndex.Key(messageId), new SentMessage(kernelMessageId), cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            // A retried send of the same message: the same id, already known.
        }
    }
}
