namespace ContactCenter.Host.Demo;

/// <summary>One demo entry and what seeding did with it.</summary>
/// <param name="Seeder">The seeder's name.</param>
/// <param name="Kind">What it is, e.g. <c>agent</c>.</param>
/// <param name="Id">Its id.</param>
/// <param name="Outcome">What seeding did.</param>
/// <param name="Detail">A description for the guide, or the reason it was refused.</param>
internal sealed record DemoSeedEntry(string Seeder, string Kind, string Id, DemoSeedOutcome Outcome, string? Detail)
{
    /// <summary>The key the seed record keeps: <c>{kind}/{id}</c>.</summary>
    public string Key => KeyOf(Kind, Id);

    public static string KeyOf(string kind, string id) => $"{kind}/{id}";
}
