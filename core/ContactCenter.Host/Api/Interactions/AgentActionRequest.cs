namespace ContactCenter.Host.Api.Interactions;

/// <summary>Body of accept and reject: the agent acting.</summary>
/// <param name="AgentId">The agent the interaction was offered to.</param>
public sealed record AgentActionRequest(string AgentId);
