using System.Globalization;

namespace ContactCenter.Benchmarks;

/// <summary>Options of the contacts benchmark.</summary>
internal sealed record ContactsOptions
{
    public string Store { get; init; } = "litedb";

    public int Count { get; init; } = 1_000_000;

    public int Lookups { get; init; } = 10_000;

    public string? DataDirectory { get; init; }

    /// <summary>PostgreSQL: the connection string (else <c>CC__Storage__Postgres__ConnectionString</c>) of an empty database.</summary>
    public string? Connection { get; init; }

    public static ContactsOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new ContactsOptions { Connection = Environment.GetEnvironmentVariable("CC__Storage__Postgres__ConnectionString") };
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--store" when value is "memory" or "litedb" or "postgres" => options with { Store = value },
                "--store" => throw new ArgumentException($"Unknown store '{value}': use memory, litedb or postgres."),
                "--count" => options with { Count = Positive(args[i], value) },
                "--lookups" => options with { Lookups = Positive(args[i], value) },
                "--data-dir" => options with { DataDirectory = value },
                "--connection" => options with { Connection = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
            i++;
        }

        return options.Store == "postgres" && string.IsNullOrEmpty(options.Connection)
            ? throw new ArgumentException("--store postgres needs --connection <Npgsql connection string> (or CC__Storage__Postgres__ConnectionString) of an empty database.")
            : options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer.");
}
