using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Api.Interactions;

/// <summary>Body of accept and reject: the agent acting.</summary>
/// <param name="AgentId">The agent the interaction was offered to.</param>
public sealed record AgentActionRequest(string AgentId);

/// <summary>Body of close.</summary>
/// <param name="Disposition">The disposition, or <see langword="null"/> where none applies.</param>
public sealed record CloseRequest(DispositionRef? Disposition);

/// <summary>Body of abandon and fail.</summary>
/// <param name="Reason">Why; no personal data.</param>
public sealed record ReasonRequest(string? Reason);
