using System.Text.Json;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// Commits a conversation change with its event in the store's log (stream <c>conversation-{id}</c>) and publishes
/// it once durable: the hook for the hubs and the audit log. Ids only, never message texts.
/// </summary>
internal sealed class ConversationEvents(IDocumentStore store, IEventBus bus)
{
    public const string Source = "/kernel/conversations";

    public async ValueTask<CommitResult> CommitAsync<T>(WriteBatch batch, string conversationId, string type, T data, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var stream = Stream(conversationId);
        batch.Append(stream, type, JsonSerializer.Serialize(data, KernelJson.Options), at);
        var result = await store.CommitAsync(batch, cancellationToken).ConfigureAwait(false);
        await PublishAsync(conversationId, type, data, at, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Adds an event to <paramref name="batch"/> without committing it (published by the caller once the batch is durable).</summary>
    public static void Append<T>(WriteBatch batch, string conversationId, string type, T data, DateTimeOffset at) =>
        batch.Append(Stream(conversationId), type, JsonSerializer.Serialize(data, KernelJson.Options), at);

    public ValueTask PublishAsync<T>(string conversationId, string type, T data, DateTimeOffset at, CancellationToken cancellationToken) =>
        bus.PublishAsync(CloudEvent.Create(type, Source, Stream(conversationId), at, data, KernelJson.Options), cancellationToken);

    private static string Stream(string conversationId) => $"conversation-{conversationId}";
}
