using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>One interaction an agent holds, with the interaction version that last changed it.</summary>
/// <param name="InteractionId">The interaction.</param>
/// <param name="Channel">Its channel kind.</param>
/// <param name="Phase">Offered, connected or in wrap-up.</param>
/// <param name="Since">When the phase began.</param>
/// <param name="Version">The interaction version this entry reflects; older updates are ignored.</param>
/// <param name="QueueId">The interaction's queue, if any.</param>
/// <param name="WrapUpEndsAt">In wrap-up: when the queue's after-contact-work mode ends it (null: when the agent closes it).</param>
/// <param name="WrapUpExtensionsLeft">In a timed wrap-up: how many more times the agent may extend it (set with the end).</param>
internal sealed record AgentWorkEntry(
    string InteractionId, ChannelKind Channel, AgentWorkPhase Phase, DateTimeOffset Since, long Version, string? QueueId = null, DateTimeOffset? WrapUpEndsAt = null,
    int WrapUpExtensionsLeft = 0);
