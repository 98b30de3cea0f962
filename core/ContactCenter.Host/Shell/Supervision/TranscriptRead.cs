using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>Part of a conversation read by a supervisor.</summary>
/// <param name="ConversationId">The conversation of the interaction.</param>
/// <param name="Messages">The messages read, oldest first.</param>
public sealed record TranscriptRead(string ConversationId, IReadOnlyList<ConversationMessage> Messages);
