using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// The stored form of a message (collection <c>k.messages</c>, id <c>{conversationId}.{sequence:D10}</c>): the text and
/// the source id encrypted with the message id bound as context; <see cref="SourceKey"/> is a keyed hash for
/// idempotent ingestion.
/// </summary>
internal sealed record MessageDocument
{
    public required string ConversationId { get; init; }

    public required long Sequence { get; init; }

    public required MessageKind Kind { get; init; }

    public required string Text { get; init; }

    public string? Source { get; init; }

    public string? SourceKey { get; init; }

    public string? AgentId { get; init; }

    /// <summary>The supervisor who wrote a coaching note (private notes only).</summary>
    public string? SupervisorId { get; init; }

    public required DeliveryStatus Status { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset StatusChangedAt { get; init; }

    public IReadOnlyList<AttachmentDocument>? Attachments { get; init; }

    /// <summary>Why the channel refused it (the channel's message, safe to show an agent; not personal data).</summary>
    public string? FailureReason { get; init; }

    /// <summary>Added by the channel itself, not written by an agent or a customer.</summary>
    public bool Automatic { get; init; }

    /// <summary>The Spanish text of a bilingual message, encrypted like <see cref="Text"/> (which is then the English one).</summary>
    public string? TextEs { get; init; }

    public static string Id(string conversationId, long sequence) => $"{conversationId}.{sequence:D10}";

    public static string TextContext(string messageId) => $"message/{messageId}/text";

    public static string TextEsContext(string messageId) => $"message/{messageId}/text-es";

    public static string SourceContext(string messageId) => $"message/{messageId}/source";
}
