namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// An agent hands a conversation on: to a queue (routed again) or to one agent (offered directly), with an optional
/// private note for whoever receives it. Exactly one of <see cref="ToQueueId"/> and <see cref="ToAgentId"/>.
/// </summary>
public sealed record ConversationTransfer
{
    /// <summary>The agent who has the conversation and hands it on.</summary>
    public string? AgentId { get; init; }

    /// <summary>The queue to transfer to.</summary>
    public string? ToQueueId { get; init; }

    /// <summary>The agent to transfer to (must be signed in: not offline).</summary>
    public string? ToAgentId { get; init; }

    /// <summary>A private note for the receiving agent (never sent to the customer).</summary>
    public string? Note { get; init; }

    /// <summary>Why, recorded on the interaction's transfer.</summary>
    public string? Reason { get; init; }
}
