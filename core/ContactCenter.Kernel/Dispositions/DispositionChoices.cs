namespace ContactCenter.Kernel.Dispositions;

/// <summary>What an agent may pick to close one interaction.</summary>
/// <param name="InteractionId">The interaction.</param>
/// <param name="Required">Whether a disposition is required (by the queue's or service line's policy).</param>
/// <param name="Enforced">Whether the catalogue is enforced; an open catalogue (no codes defined) accepts any code.</param>
/// <param name="Options">The codes that may be picked, in code order.</param>
public sealed record DispositionChoices(string InteractionId, bool Required, bool Enforced, IReadOnlyList<DispositionOption> Options);
