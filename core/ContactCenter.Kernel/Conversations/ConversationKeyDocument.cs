namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// Points a source thread (inbox + the channel's thread id, as a keyed hash) at its current conversation. The
/// conversation id is derived from the key and a generation, so two nodes racing to start the same conversation
/// compute the same id (and the same interaction, created idempotently by external id): one commit wins, the other
/// retries and joins it.
/// </summary>
/// <param name="ConversationId">The current conversation of the thread.</param>
/// <param name="Generation">How many conversations the thread has had.</param>
internal sealed record ConversationKeyDocument(string ConversationId, int Generation);
