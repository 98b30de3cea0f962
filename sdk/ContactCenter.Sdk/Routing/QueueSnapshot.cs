namespace ContactCenter.Sdk.Routing;

/// <summary>A queue as routing sees it now; data of <see cref="Events.EventTypes.QueueSnapshot"/> and of the queue snapshot API.</summary>
public sealed record QueueSnapshot
{
    /// <summary>The queue.</summary>
    public required string QueueId { get; init; }

    /// <summary>When the snapshot was taken, on the kernel's clock.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>How many interactions wait (not counting those being offered).</summary>
    public int Waiting { get; init; }

    /// <summary>How many interactions are offered to an agent and awaiting the answer.</summary>
    public int Offered { get; init; }

    /// <summary>The original queue time of the longest-waiting interaction, if any waits.</summary>
    public DateTimeOffset? OldestQueuedAt { get; init; }

    /// <summary>Agents who could take the queue's work and are free now.</summary>
    public int AgentsAvailable { get; init; }

    /// <summary>Agents routable now who have the queue's skills, busy or not.</summary>
    public int AgentsStaffed { get; init; }

    /// <summary>Waiting interactions in service order, with estimated waits.</summary>
    public IReadOnlyList<QueuePosition> Positions { get; init; } = [];
}
