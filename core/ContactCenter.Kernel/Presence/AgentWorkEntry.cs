using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>One interaction an agent holds, with the interaction version that last changed it.</summary>
/// <param name="InteractionId">The interaction.</param>
/// <param name="Channel">Its channel kind.</param>
/// <param name="Phase">Offered, connected or in wrap-up.</param>
/// <param name="Since">When the phase began.</param>
/// <param name="Version">The interaction version this entry reflects; older updates are ignored.</param>
internal sealed record AgentWorkEntry(string InteractionId, ChannelKind Channel, AgentWorkPhase Phase, DateTimeOffset Since, long Version);
