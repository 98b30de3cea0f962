using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Sdk.Events;

/// <summary>Data of <see cref="EventTypes.ConversationMessageAdded"/>. Ids only: the text stays encrypted in the store.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="InteractionId">Its interaction.</param>
/// <param name="MessageId">The message.</param>
/// <param name="Sequence">The message's sequence.</param>
/// <param name="Kind">What the message is.</param>
/// <param name="AgentId">The conversation's agent, when one took it (who to tell).</param>
/// <param name="At">When.</param>
public sealed record ConversationMessageAdded(string ConversationId, string InteractionId, string MessageId, long Sequence, MessageKind Kind, string? AgentId, DateTimeOffset At)
{
    /// <summary>The ids of the message's attachments (<see cref="MessageAttachment.Id"/>), in the order sent.</summary>
    public IReadOnlyList<string> AttachmentIds { get; init; } = [];
}
