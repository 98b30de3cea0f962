namespace ContactCenter.Samples.EchoChannel;

/// <summary>One message of a conversation, as stored in the plugin's <c>messages</c> collection.</summary>
/// <param name="Id">The message id (the sender's id for inbound messages, so redelivery stores nothing twice).</param>
/// <param name="ConversationId">The conversation (the channel's external id of the interaction).</param>
/// <param name="InteractionId">The interaction the conversation became.</param>
/// <param name="Direction"><c>in</c> from the customer, <c>out</c> to the customer, <c>activity</c> for events.</param>
/// <param name="Text">The text.</param>
/// <param name="SentAt">When it was sent.</param>
public sealed record EchoMessage(string Id, string ConversationId, string InteractionId, string Direction, string Text, DateTimeOffset SentAt);
