namespace ContactCenter.Kernel.Conversations;

/// <summary>What a supervisor writes to the agent of a conversation (a coaching note, never sent to the customer).</summary>
/// <param name="SupervisorId">The supervisor's user name (the note's author).</param>
/// <param name="Text">The text (at most 4096 characters).</param>
/// <param name="ClientMessageId">An id the supervisor's client chose: the same id again stores nothing more.</param>
public sealed record SupervisorNote(string SupervisorId, string Text, string ClientMessageId);
