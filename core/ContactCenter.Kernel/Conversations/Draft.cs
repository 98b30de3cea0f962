using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Kernel.Conversations;

/// <summary>A message about to be appended, in clear (sealed on the way to the store).</summary>
internal sealed record Draft(MessageKind Kind, string Text, string? Source, string? SourceKey, string? AgentId, IReadOnlyList<AttachmentDraft>? Attachments = null,
    string? SupervisorId = null);
