namespace ContactCenter.Sdk.Domain;

/// <summary>One interaction an agent holds.</summary>
/// <param name="InteractionId">The interaction.</param>
/// <param name="Channel">Its channel kind, which counts against the agent's capacity.</param>
/// <param name="Phase">Whether it is offered, connected or in wrap-up.</param>
/// <param name="Since">When the phase began.</param>
public sealed record AgentWorkItem(string InteractionId, ChannelKind Channel, AgentWorkPhase Phase, DateTimeOffset Since);
