namespace ContactCenter.Storage.Postgres.Tests.Support;

/// <summary>Unique names, so tests sharing a class database never see each other's documents.</summary>
internal static class Names
{
    public static string Collection() => "k.t" + Guid.NewGuid().ToString("N")[..12];

    public static string Stream() => "s-" + Guid.NewGuid().ToString("N")[..12];
}
