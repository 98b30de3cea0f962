namespace ContactCenter.Sdk.Routing;

/// <summary>One waiting interaction's place in its queue, what an IVR or a chat tells the customer.</summary>
/// <param name="InteractionId">The interaction.</param>
/// <param name="Position">Its position, 1 for the next to be served.</param>
/// <param name="EffectivePriority">Its priority with ageing, which orders the queue.</param>
/// <param name="QueuedAt">When it entered the queue (kept across re-queues).</param>
/// <param name="EstimatedWait">How much longer it is expected to wait.</param>
public sealed record QueuePosition(string InteractionId, int Position, double EffectivePriority, DateTimeOffset QueuedAt, TimeSpan EstimatedWait);
