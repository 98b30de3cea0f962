using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>One piece of waiting work as the engine keeps it.</summary>
internal sealed class EngineItem
{
    public required string Id { get; init; }

    public required EngineQueue Queue { get; set; }

    public required ChannelKind Channel { get; init; }

    public required int Priority { get; init; }

    /// <summary>The queue's requirement when queued plus the work's own additional skills; rebased when the queue's requirement changes.</summary>
    public required SkillRequirement[] RequiredSkills { get; set; }

    public required DateTimeOffset QueuedAt { get; init; }

    public string? PreferredAgentId { get; init; }

    public string? ContactId { get; init; }

    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    public long Version { get; init; }

    /// <summary>The order key within the queue: the priority plus ageing, measured against a fixed epoch so it never changes.</summary>
    public double OrderKey { get; set; }

    /// <summary>The overflow step in force and the requirement it gives.</summary>
    public int Step { get; set; }

    public SkillRequirement[] Required { get; set; } = [];

    public EngineQueue[] AddedQueues { get; set; } = [];

    /// <summary>The agent this item is being offered to (the offer is in flight); not waiting meanwhile.</summary>
    public EngineAgent? OfferedTo { get; set; }

    /// <summary>The strategy ranked nobody: not retried before this time.</summary>
    public DateTimeOffset? DeclinedUntil { get; set; }

    /// <summary>Past the queue's longest wait and handed to the caller to move to self-service.</summary>
    public bool Expiring { get; set; }

    /// <summary>The next time something about this item changes by itself (a step, the end of a preferred wait, a retry, the longest wait).</summary>
    public DateTimeOffset? NextDue { get; set; }

    public bool InLane { get; set; }

    public bool Waiting => OfferedTo is null && !Expiring;

    public TimeSpan Waited(DateTimeOffset now) => now - QueuedAt;

    public double EffectivePriority(DateTimeOffset now) => Priority + (Queue.Config.PriorityAgeingPerMinute * Math.Max(0, Waited(now).TotalMinutes));
}
