namespace ContactCenter.Sdk.Channels;

/// <summary>Something an agent or the system sends to the customer of an interaction.</summary>
public sealed record OutboundMessage
{
    /// <summary>The interaction the message belongs to.</summary>
    public required string InteractionId { get; init; }

    /// <summary>An id the sender chose, so a retried send is delivered once.</summary>
    public required string ClientMessageId { get; init; }

    /// <summary>The text to send.</summary>
    public required string Text { get; init; }

    /// <summary>The agent sending, or <see langword="null"/> for the system.</summary>
    public string? AgentId { get; init; }

    /// <summary>Channel-specific options (e.g. a WhatsApp template name).</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The conversation the message belongs to, for a conversation channel (<see langword="null"/> otherwise): the
    /// channel opens <see cref="Attachments"/> with <c>IConversationService.OpenAttachmentAsync(ConversationId, id)</c>.
    /// </summary>
    public string? ConversationId { get; init; }

    /// <summary>
    /// The files the agent attached, already checked and stored encrypted by the kernel (the text may then be empty).
    /// A channel that cannot deliver files refuses the message with a reason rather than sending the text alone.
    /// </summary>
    public IReadOnlyList<Conversations.MessageAttachment> Attachments { get; init; } = [];
}
