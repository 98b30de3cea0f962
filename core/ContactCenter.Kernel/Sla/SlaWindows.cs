namespace ContactCenter.Kernel.Sla;

/// <summary>Availability, error budget and burn rate over ledger windows.</summary>
internal static class SlaWindows
{
    /// <summary>The window of <paramref name="length"/> ending at <paramref name="end"/> (a minute start, exclusive).</summary>
    public static SlaWindow Compute(string name, TimeSpan length, DateTimeOffset end, double target, AvailabilityLedger ledger)
    {
        var (counted, unavailable) = ledger.Count(end - length, end);
        var availability = counted == 0 ? 1 : (counted - unavailable) / (double)counted;
        var budget = (1 - target) * length.TotalMinutes;
        return new SlaWindow(name, length, counted, unavailable, availability, budget, 1 - (unavailable / budget));
    }

    /// <summary>
    /// How fast the error budget burns over [<paramref name="from"/>, <paramref name="to"/>): the unavailable share of the
    /// counted minutes divided by the share the target allows (1 = exactly sustainable; 0 when nothing is counted).
    /// </summary>
    public static double BurnRate(AvailabilityLedger ledger, DateTimeOffset from, DateTimeOffset to, double target)
    {
        var (counted, unavailable) = ledger.Count(from, to);
        return counted == 0 ? 0 : unavailable / (double)counted / (1 - target);
    }
}
