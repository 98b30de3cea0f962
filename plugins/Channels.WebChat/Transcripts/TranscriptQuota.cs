using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Plugins.Channels.WebChat.Transcripts;

/// <summary>
/// The per-conversation limit, kept in the plugin's store (so it holds across reconnects, sessions and nodes): a slot
/// is taken before sending with an optimistic write, and given back when the mail server refused the mail.
/// </summary>
internal sealed class TranscriptQuota(IPluginStore store)
{
    private const int MaxAttempts = 8;
    private readonly IDocumentCollection<TranscriptCount> _counts = store.Collection<TranscriptCount>("transcripts");

    /// <returns>The slots left after this one, or <see langword="null"/> when the conversation has none left.</returns>
    public async ValueTask<int?> TryTakeAsync(string conversationId, int max, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var current = await _counts.GetAsync(conversationId, cancellationToken).ConfigureAwait(false);
                if (current is null)
                {
                    await _counts.InsertAsync(conversationId, new TranscriptCount(1, now), cancellationToken).ConfigureAwait(false);
                    return max - 1;
                }

                if (current.Value.Sent >= max)
                {
                    return null;
                }

                await _counts.ReplaceAsync(conversationId, new TranscriptCount(current.Value.Sent + 1, now), current.Version, cancellationToken).ConfigureAwait(false);
                return max - current.Value.Sent - 1;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Another request took a slot at the same moment: read again.
            }
        }
    }

    public async ValueTask GiveBackAsync(string conversationId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await _counts.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { Value.Sent: > 0 } current)
                {
                    return;
                }

                await _counts.ReplaceAsync(conversationId, current.Value with { Sent = current.Value.Sent - 1 }, current.Version, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Read again.
            }
        }
    }
}
