namespace ContactCenter.Sdk.Conversations;

/// <summary>A customer's message as a channel received it.</summary>
public sealed record InboundMessage
{
    /// <summary>The inbox it arrived on (<see cref="Inbox.Id"/>).</summary>
    public required string InboxId { get; init; }

    /// <summary>The channel's id for the customer's thread (web visitor session, phone number, email thread); at most 200 characters.</summary>
    public required string SourceConversationId { get; init; }

    /// <summary>The channel's id for the message; the same id delivered again creates nothing. At most 200 characters.</summary>
    public required string SourceMessageId { get; init; }

    /// <summary>The text (personal data: stored encrypted).</summary>
    public required string Text { get; init; }

    /// <summary>The known customer, when the channel found or created one.</summary>
    public string? ContactId { get; init; }

    /// <summary>A short subject for the interaction when the conversation starts; not for personal data.</summary>
    public string? Subject { get; init; }
}
