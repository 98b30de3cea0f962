using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Kernel.Contacts.Timeline;

/// <summary>The message summary of a digital interaction's conversation: counts and times only, never the texts.</summary>
/// <param name="Id">The conversation id (read its messages with <c>/api/v1/conversations/{id}</c>).</param>
/// <param name="InboxId">The inbox it came in through.</param>
/// <param name="Status">Open or closed.</param>
/// <param name="MessageCount">How many messages it holds (incoming, outgoing, activity and notes).</param>
/// <param name="LastMessageAt">When it last changed.</param>
public sealed record TimelineConversation(string Id, string InboxId, ConversationStatus Status, long MessageCount, DateTimeOffset LastMessageAt);
