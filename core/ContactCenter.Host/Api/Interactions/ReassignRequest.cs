namespace ContactCenter.Host.Api.Interactions;

/// <summary>Body of a supervisor's reassignment: exactly one of an agent or a queue.</summary>
/// <param name="AgentId">The agent to offer it to now.</param>
/// <param name="QueueId">The queue it should wait in (an offered interaction only).</param>
public sealed record ReassignRequest(string? AgentId, string? QueueId);
