using Microsoft.Extensions.Options;
using Npgsql;

namespace ContactCenter.Storage.Postgres;

/// <summary>Checks the connection string at start-up and names the setting at fault, never its secret.</summary>
internal sealed class PostgresStoreOptionsValidator : IValidateOptions<PostgresStoreOptions>
{
    private const string Setting = "CC:Storage:Postgres:ConnectionString";

    public ValidateOptionsResult Validate(string? name, PostgresStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = Check(options.ConnectionString);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Every problem with <paramref name="connectionString"/>, or none.</summary>
    public static IReadOnlyList<string> Check(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return [$"{Setting} is required when CC:Storage:Provider is Postgres (e.g. Host=localhost;Database=contactcenter;Username=cc;Password=...)."];
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            // The parser's message names the keyword, never a value.
            return [$"{Setting} is not a valid connection string: {ex.Message}"];
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            errors.Add($"{Setting} names no Host.");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            errors.Add($"{Setting} names no Database.");
        }

        return errors;
    }
}
