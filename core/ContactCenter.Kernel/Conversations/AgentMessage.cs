namespace ContactCenter.Kernel.Conversations;

/// <summary>What an agent writes in a conversation.</summary>
/// <param name="AgentId">The agent; must be the conversation's agent.</param>
/// <param name="Text">The text (at most 4096 characters).</param>
/// <param name="ClientMessageId">An id the agent's client chose: the same id again stores and sends nothing more.</param>
/// <param name="Note">A private note for other agents instead of a reply to the customer.</param>
/// <param name="Options">Channel options for a reply (a WhatsApp <c>template</c> and <c>language</c>); not stored.</param>
public sealed record AgentMessage(string AgentId, string Text, string ClientMessageId, bool Note = false, IReadOnlyDictionary<string, string>? Options = null);
