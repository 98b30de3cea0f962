namespace ContactCenter.Sdk.Conversations;

/// <summary>A thread of messages with one customer on one inbox, handled as one interaction.</summary>
public sealed record Conversation
{
    /// <summary>The conversation id.</summary>
    public required string Id { get; init; }

    /// <summary>The inbox.</summary>
    public required string InboxId { get; init; }

    /// <summary>The interaction that routes and tracks it.</summary>
    public required string InteractionId { get; init; }

    /// <summary>The customer, when known.</summary>
    public string? ContactId { get; init; }

    /// <summary>The agent who took it, when one did.</summary>
    public string? AgentId { get; init; }

    /// <summary>Open or closed.</summary>
    public required ConversationStatus Status { get; init; }

    /// <summary>The sequence of its last message.</summary>
    public required long LastSequence { get; init; }

    /// <summary>When it started.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
