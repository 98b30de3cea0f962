namespace ContactCenter.Host.Demo;

/// <summary>
/// One capability's share of the demo seed. Capabilities add theirs with <c>AddDemoSeeder&lt;T&gt;()</c> (web chat inboxes,
/// SIP users, demo sign-ins...). A seeder creates only what is missing through <see cref="DemoSeedContext.EnsureAsync"/>,
/// which keeps the seed idempotent and never overwrites or recreates what an administrator changed.
/// </summary>
internal interface IDemoSeeder
{
    /// <summary>A stable name (e.g. <c>directory</c>): it keys the record of what this seeder created.</summary>
    string Name { get; }

    /// <summary>Seeders run in ascending order, so a later one may refer to what an earlier one made (the directory is 100).</summary>
    int Order { get; }

    /// <summary>Ensures this seeder's demo data exists, and adds notes on how to use it to the guide.</summary>
    /// <param name="context">Where entries are ensured and reported.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>A task that completes once seeded.</returns>
    ValueTask SeedAsync(DemoSeedContext context, CancellationToken cancellationToken);
}
