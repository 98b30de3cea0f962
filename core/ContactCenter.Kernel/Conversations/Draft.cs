using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Kernel.Conversations;

/// <summary>A message about to be appended, in clear (sealed on the way to the store).</summary>
internal sealed record Draft(MessageKind Kind, string Text, string? Source, string? SourceKey, string? AgentId, IReadOnlyList<AttachmentDraft>? Attachments = null,
    string? SupervisorId = null)
{
    /// <summary>Added by the channel itself (<c>AddAutomaticAsync</c>).</summary>
    public bool Automatic { get; init; }

    /// <summary>The Spanish text of a bilingual message (<see cref="Text"/> is then the English one).</summary>
    public string? TextEs { get; init; }

    /// <summary>The status it is stored with.</summary>
    public DeliveryStatus Status { get; init; } = DeliveryStatus.Pending;
}
