using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Sdk.Events;

/// <summary>Data of <see cref="EventTypes.ConversationMessageStatusChanged"/>.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="MessageId">The message.</param>
/// <param name="Status">The status after the change.</param>
/// <param name="AgentId">The conversation's agent, when one took it (who to tell).</param>
/// <param name="At">When.</param>
public sealed record ConversationMessageStatusChanged(string ConversationId, string MessageId, DeliveryStatus Status, string? AgentId, DateTimeOffset At);
