namespace ContactCenter.Sdk.Conversations;

/// <summary>One message of a conversation.</summary>
public sealed record ConversationMessage
{
    /// <summary>The message id, <c>{conversationId}.{sequence}</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The conversation.</summary>
    public required string ConversationId { get; init; }

    /// <summary>Its position in the conversation, from 1, gap-free: a client resumes after the last one it saw.</summary>
    public required long Sequence { get; init; }

    /// <summary>What it is.</summary>
    public required MessageKind Kind { get; init; }

    /// <summary>The text.</summary>
    public required string Text { get; init; }

    /// <summary>The agent who wrote it (outgoing messages and notes).</summary>
    public string? AgentId { get; init; }

    /// <summary>
    /// The supervisor who wrote it, for a coaching note (a <see cref="MessageKind.PrivateNote"/> only the conversation's
    /// agent sees; never sent to the customer); <see langword="null"/> otherwise.
    /// </summary>
    public string? SupervisorId { get; init; }

    /// <summary>The channel's id for an incoming message; the sender's id for an outgoing one.</summary>
    public string? SourceMessageId { get; init; }

    /// <summary>How far it got.</summary>
    public required DeliveryStatus Status { get; init; }

    /// <summary>When it was stored.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Why the channel refused it, when <see cref="Status"/> is <see cref="DeliveryStatus.Failed"/> and the channel said (safe to show an agent).</summary>
    public string? FailureReason { get; init; }

    /// <summary>
    /// Whether the channel added it by itself (<see cref="IConversationService.AddAutomaticAsync"/>): an automatic
    /// outgoing message or an activity the channel reported, written by no agent.
    /// </summary>
    public bool Automatic { get; init; }

    /// <summary>
    /// The text in both languages, for a message a channel added with a bilingual text (<see cref="Automatic"/>);
    /// <see cref="Text"/> is then the English one. <see langword="null"/> for every other message.
    /// </summary>
    public Domain.LocalizedText? Localized { get; init; }

    /// <summary>The files attached to it, in the order sent.</summary>
    public IReadOnlyList<MessageAttachment> Attachments { get; init; } = [];
}
