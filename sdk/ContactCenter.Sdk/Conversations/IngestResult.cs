namespace ContactCenter.Sdk.Conversations;

/// <summary>What ingesting an inbound message did.</summary>
/// <param name="Conversation">The conversation it joined (or started).</param>
/// <param name="Message">The stored message (the one stored earlier when it was a redelivery).</param>
/// <param name="Duplicate">Whether the same source message id had been ingested before: nothing was created.</param>
public sealed record IngestResult(Conversation Conversation, ConversationMessage Message, bool Duplicate);
