namespace ContactCenter.Host.Demo;

/// <summary>What every seeder did at this start, with their notes for the guide.</summary>
/// <param name="Entries">Every demo entry, in seeding order.</param>
/// <param name="Notes">How to use what was seeded, one line each.</param>
internal sealed record DemoSeedReport(IReadOnlyList<DemoSeedEntry> Entries, IReadOnlyList<string> Notes)
{
    public int Count(DemoSeedOutcome outcome) => Entries.Count(e => e.Outcome == outcome);
}
