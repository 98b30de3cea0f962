namespace ContactCenter.Kernel.Audit;

/// <summary>Which entries to read. Without filters the result is a contiguous, verifiable part of the chain.</summary>
public sealed record AuditQuery
{
    /// <summary>Entries at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Entries before this time.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Only entries by this actor.</summary>
    public string? Actor { get; init; }

    /// <summary>Only entries on this target, or on targets under it when it ends with <c>/</c>.</summary>
    public string? Target { get; init; }

    /// <summary>Only entries with this action.</summary>
    public string? Action { get; init; }

    /// <summary>Whether an actor, target or action filter leaves gaps in the chain.</summary>
    public bool IsFiltered => Actor is not null || Target is not null || Action is not null;

    /// <summary>Whether <paramref name="record"/> passes the filters.</summary>
    /// <param name="record">The entry.</param>
    /// <returns>Whether it matches.</returns>
    public bool Matches(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (From is null || record.Time >= From)
            && (To is null || record.Time < To)
            && (Actor is null || string.Equals(record.Actor, Actor, StringComparison.Ordinal))
            && (Action is null || string.Equals(record.Action, Action, StringComparison.Ordinal))
            && (Target is null || string.Equals(record.Target, Target, StringComparison.Ordinal)
                || (Target.EndsWith('/') && record.Target.StartsWith(Target, StringComparison.Ordinal)));
    }
}
