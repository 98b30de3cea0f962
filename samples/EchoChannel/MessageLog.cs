using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Storage;

namespace ContactCenter.Samples.EchoChannel;

/// <summary>The conversation log, kept in the plugin's own document store.</summary>
public sealed class MessageLog
{
    private readonly IDocumentCollection<EchoMessage> _messages;

    /// <summary>Creates the log over the plugin's store.</summary>
    /// <param name="store">The plugin's store.</param>
    public MessageLog(IPluginStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _messages = store.Collection<EchoMessage>("messages");
    }

    /// <summary>Stores a message once: storing the same id again returns the first copy.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored message and whether it was new.</returns>
    public async ValueTask<(EchoMessage Message, bool Added)> AddOnceAsync(EchoMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var stored = await _messages.InsertAsync(message.Id, message, cancellationToken).ConfigureAwait(false);
            return (stored.Value, true);
        }
        catch (ConcurrencyConflictException)
        {
            var existing = await _messages.GetAsync(message.Id, cancellationToken).ConfigureAwait(false);
            return (existing?.Value ?? message, false);
        }
    }

    /// <summary>The messages of a conversation, oldest first.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The messages.</returns>
    public async ValueTask<IReadOnlyList<EchoMessage>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        var query = DocumentQuery.Where("conversationId", conversationId) with { OrderBy = "sentAt" };
        var page = await _messages.QueryAsync(query, cancellationToken).ConfigureAwait(false);
        return page.Items.Select(d => d.Value).ToList();
    }

    /// <summary>Whether the store answers (used by the health check).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the store answered.</returns>
    public async ValueTask PingAsync(CancellationToken cancellationToken) =>
        await _messages.GetAsync("health-probe", cancellationToken).ConfigureAwait(false);
}
