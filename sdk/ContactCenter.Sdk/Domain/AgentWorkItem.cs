namespace ContactCenter.Sdk.Domain;

/// <summary>One interaction an agent holds.</summary>
/// <param name="InteractionId">The interaction.</param>
/// <param name="Channel">Its channel kind, which counts against the agent's capacity.</param>
/// <param name="Phase">Whether it is offered, connected or in wrap-up.</param>
/// <param name="Since">When the phase began.</param>
public sealed record AgentWorkItem(string InteractionId, ChannelKind Channel, AgentWorkPhase Phase, DateTimeOffset Since)
{
    /// <summary>In a timed wrap-up: when the kernel closes it with the timeout code (extensions included); otherwise <see langword="null"/>.</summary>
    public DateTimeOffset? WrapUpEndsAt { get; init; }

    /// <summary>In a timed wrap-up: how many more times the agent may extend it (0 when the queue's wrap-up time is fixed).</summary>
    public int WrapUpExtensionsLeft { get; init; }
}
