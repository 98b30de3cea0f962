namespace ContactCenter.Sdk.Services;

/// <summary>Where a transfer goes: a queue, or a named agent.</summary>
public sealed record TransferTarget
{
    /// <summary>The target queue, for a transfer to a queue.</summary>
    public string? QueueId { get; init; }

    /// <summary>The target agent, for a transfer to an agent (offered directly, waiting in the current queue).</summary>
    public string? AgentId { get; init; }

    /// <summary>Why the transfer happens.</summary>
    public string? Reason { get; init; }

    /// <summary>A transfer to a queue.</summary>
    /// <param name="queueId">The queue.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The target.</returns>
    public static TransferTarget ToQueue(string queueId, string? reason = null) => new() { QueueId = queueId, Reason = reason };

    /// <summary>A transfer to an agent.</summary>
    /// <param name="agentId">The agent.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The target.</returns>
    public static TransferTarget ToAgent(string agentId, string? reason = null) => new() { AgentId = agentId, Reason = reason };
}
