namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// Data of <see cref="ConversationTransferred.EventType"/>: a conversation left its agent for a queue or another agent.
/// Ids only: the note's text stays encrypted in the store.
/// </summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="InteractionId">Its interaction.</param>
/// <param name="FromAgentId">The agent who handed it on (and can no longer write in it).</param>
/// <param name="ToQueueId">The queue it went to, for a transfer to a queue.</param>
/// <param name="ToAgentId">The agent it went to, for a transfer to an agent.</param>
/// <param name="NoteMessageId">The private note for the receiving agent, when one was written.</param>
/// <param name="At">When.</param>
public sealed record ConversationTransferred(string ConversationId, string InteractionId, string FromAgentId, string? ToQueueId, string? ToAgentId,
    string? NoteMessageId, DateTimeOffset At)
{
    /// <summary>The event type, in the store's log (stream <c>conversation-{id}</c>) and on the bus.</summary>
    public const string EventType = "cc.conversation.transferred";
}
