namespace ContactCenter.Kernel.Sla;

/// <summary>One minute of the availability ledger (document id: the minute's UTC start, <c>yyyy-MM-ddTHH:mm:ssZ</c>).</summary>
/// <param name="Minute">The minute's start, UTC.</param>
/// <param name="Available">Whether the platform was available throughout the minute.</param>
/// <param name="Reasons">Why it was not (empty when available).</param>
public sealed record LedgerMinute(DateTimeOffset Minute, bool Available, IReadOnlyList<string> Reasons)
{
    /// <summary>The start of the minute holding <paramref name="instant"/>, in UTC.</summary>
    public static DateTimeOffset Floor(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
    }
}
