namespace ContactCenter.Host.Demo;

/// <summary>What seeding did with one demo entry.</summary>
internal enum DemoSeedOutcome
{
    /// <summary>It was missing and the demo created it.</summary>
    Created,

    /// <summary>It exists (seeded earlier, or made or edited by an administrator) and was left exactly as it is.</summary>
    Found,

    /// <summary>The demo created it once and it has since been deleted: the deletion is respected, it is not recreated.</summary>
    Deleted,

    /// <summary>It could not be created (e.g. an administrator removed something it refers to); the reason is in the detail.</summary>
    Refused,
}
