namespace ContactCenter.Host.Demo;

/// <summary>
/// What one seeder has created over all demo starts, kept in <c>k.demo-seed</c> (id = the seeder's name). It tells
/// demo data from the rest, and lets the seed respect deletions.
/// </summary>
internal sealed record DemoSeedRecord
{
    public required string Seeder { get; init; }

    /// <summary>Keys (<c>{kind}/{id}</c>) of every entry the seeder created, ordered.</summary>
    public IReadOnlyList<string> Created { get; init; } = [];

    public required DateTimeOffset UpdatedAt { get; init; }
}
