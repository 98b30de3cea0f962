using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Kernel.Conversations;

/// <summary>The stored form of a conversation (collection <c>k.conversations</c>); holds no personal data.</summary>
internal sealed record ConversationDocument
{
    public required string InboxId { get; init; }

    public required string InteractionId { get; init; }

    public string? ContactId { get; init; }

    public string? AgentId { get; init; }

    public required ConversationStatus Status { get; init; }

    public required long LastSequence { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public Conversation ToConversation(string id) => new()
    {
        Id = id, InboxId = InboxId, InteractionId = InteractionId, ContactId = ContactId, AgentId = AgentId, Status = Status,
        LastSequence = LastSequence, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
    };
}
