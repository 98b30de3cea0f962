using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Conversations;

/// <summary>
/// A message a channel plugin adds to one of its own conversations by itself, written by no agent and no customer: an
/// outgoing message it already sent on its own (an automatic acknowledgement), or an activity it reports (a transcript
/// emailed). The kernel stores it (texts encrypted), never hands it to the channel, and tells the conversation's agent
/// like any other message. Added once per <see cref="Key"/>: a retry with the same key creates nothing.
/// </summary>
public sealed record AutomaticMessage
{
    /// <summary>The conversation (one of the plugin's own inboxes'; it may be closed).</summary>
    public required string ConversationId { get; init; }

    /// <summary>
    /// The plugin's idempotency key for this message within the conversation (at most 200 characters, no control
    /// characters): the same key again answers the message stored the first time and creates nothing.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>
    /// <see cref="MessageKind.Outgoing"/> (stored as <see cref="DeliveryStatus.Sent"/>: the plugin sent it already) or
    /// <see cref="MessageKind.Activity"/>; any other kind is refused.
    /// </summary>
    public required MessageKind Kind { get; init; }

    /// <summary>
    /// The text in English and Spanish, each 1–4,096 characters; each reader sees their own language. For an outgoing
    /// message that went out as one text, give that text in both. Personal data: stored encrypted.
    /// </summary>
    public required LocalizedText Text { get; init; }
}
