using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Kernel.Metrics;

/// <summary>
/// Internal work (<see cref="CustomerContacts"/>): followed like any interaction (so a rebuild and the live feed agree
/// on where it is), but counted only as <c>internal</c>, once, when it ends; never as answered, abandoned, handled or
/// transferred, and never in a queue's waiting figures.
/// </summary>
internal sealed partial class MetricsEngine
{
    private TrackedInteraction AccountInternal(TrackedInteraction before, TrackedInteraction after, InteractionTransitioned t)
    {
        if (t.To is InteractionState.Closed or InteractionState.Abandoned or InteractionState.Failed)
        {
            Count(before, before.AgentId, t.At, b => b.Internal++);
            if (before.ConnectedAt is not null)
            {
                CountInternalWork(before.AgentId, t.At);
            }
        }

        return Follow(before, after, t);
    }

    /// <summary>Where the interaction is after the transition: since when it waits or is connected (no counting).</summary>
    private static TrackedInteraction Follow(TrackedInteraction before, TrackedInteraction after, InteractionTransitioned t) => t.To switch
    {
        InteractionState.Queued or InteractionState.Offered => after with { WaitingSince = before.WaitingSince ?? t.Interaction.QueuedAt ?? t.At },
        InteractionState.Connected when before.WaitingSince is not null => after with { WaitingSince = null, ConnectedAt = t.At },
        InteractionState.Connected => after with { ConnectedAt = before.ConnectedAt ?? t.At },
        InteractionState.Transferred => after with { ConnectedAt = null, WaitingSince = null, AgentId = null },
        _ => after,
    };
}
