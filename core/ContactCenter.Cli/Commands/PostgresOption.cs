using System.CommandLine;

namespace ContactCenter.Cli.Commands;

/// <summary>The <c>--postgres</c> option of the backup commands (default: <c>CC__Storage__Postgres__ConnectionString</c> when the provider is Postgres).</summary>
internal static class PostgresOption
{
    public static Option<string?> Create(string description) => new("--postgres")
    {
        Description = description,
        DefaultValueFactory = _ =>
            string.Equals(Environment.GetEnvironmentVariable("CC__Storage__Provider"), "Postgres", StringComparison.OrdinalIgnoreCase)
                ? Environment.GetEnvironmentVariable("CC__Storage__Postgres__ConnectionString")
                : null,
    };
}
