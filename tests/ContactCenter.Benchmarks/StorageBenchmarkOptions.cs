using System.Globalization;

namespace ContactCenter.Benchmarks;

/// <summary>Options of the storage benchmark.</summary>
internal sealed record StorageBenchmarkOptions
{
    public int Count { get; init; } = 2000;

    public int Concurrency { get; init; } = 16;

    public int Queries { get; init; } = 2000;

    /// <summary>A PostgreSQL superuser connection string (default: <c>CC_TEST_POSTGRES</c>); without one, only LiteDB runs.</summary>
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("CC_TEST_POSTGRES");

    public static StorageBenchmarkOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new StorageBenchmarkOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--count" => options with { Count = Positive(args[i], value) },
                "--concurrency" => options with { Concurrency = Positive(args[i], value) },
                "--queries" => options with { Queries = Positive(args[i], value) },
                "--postgres" => options with { Postgres = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer.");
}
