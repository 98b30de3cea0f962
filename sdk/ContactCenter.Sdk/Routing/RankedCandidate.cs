namespace ContactCenter.Sdk.Routing;

/// <summary>One candidate in a strategy's ranking.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Score">The strategy's score; higher is better. Only the order matters to the kernel.</param>
/// <param name="Reason">Why the agent scored so, for decision explanations.</param>
public sealed record RankedCandidate(string AgentId, double Score, string? Reason = null);
