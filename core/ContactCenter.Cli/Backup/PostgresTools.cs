using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ContactCenter.Cli.Backup;

/// <summary>
/// Runs PostgreSQL's own client tools (<c>pg_dump</c>, <c>pg_restore</c>) against an Npgsql connection string. The
/// password goes through the environment (<c>PGPASSWORD</c>), never the command line, where any user could read it.
/// </summary>
internal static class PostgresTools
{
    public const string NotInstalled =
        "PostgreSQL's client tools (pg_dump, pg_restore) are not installed: install Debian's postgresql-client package " +
        "(apt-get install postgresql-client, or .ci/deps.d/30-postgres.sh).";

    public static Task DumpAsync(string connectionString, string file, CancellationToken cancellationToken) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", file], cancellationToken);

    public static Task RestoreAsync(string connectionString, string file, bool clean, CancellationToken cancellationToken) =>
        RunAsync("pg_restore", connectionString,
            ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", .. clean ? (string[])["--clean", "--if-exists"] : [], "--dbname", Builder(connectionString).Database!, file],
            cancellationToken);

    /// <summary>Where the server is, for messages: never the password.</summary>
    public static string Describe(string connectionString)
    {
        var b = Builder(connectionString);
        return string.Create(CultureInfo.InvariantCulture, $"host {b.Host}, port {b.Port}, database {b.Database}, user {b.Username}");
    }

    public static NpgsqlConnectionStringBuilder Builder(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrEmpty(builder.Database) || string.IsNullOrEmpty(builder.Host)
                ? throw new CliException("--postgres needs Host and Database (e.g. Host=db;Port=5432;Database=contactcenter;Username=cc;Password=…).")
                : builder;
        }
        catch (ArgumentException ex)
        {
            throw new CliException($"--postgres is not a valid connection string: {ex.Message}", ex);
        }
    }

    private static async Task RunAsync(string tool, string connectionString, string[] arguments, CancellationToken cancellationToken)
    {
        var b = Builder(connectionString);
        var start = new ProcessStartInfo(Find(tool)) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = b.Host;
        start.Environment["PGPORT"] = b.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = b.Database;
        start.Environment["PGUSER"] = b.Username;
        start.Environment["PGPASSWORD"] = b.Password ?? string.Empty;
        start.Environment["PGCONNECT_TIMEOUT"] = "15";
        using var process = Process.Start(start) ?? throw new CliException($"{tool} did not start.", ExitCodes.Refused);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new CliException($"{tool} failed on {Describe(connectionString)} (exit {process.ExitCode}): {(await errors.ConfigureAwait(false)).Trim()}", ExitCodes.Refused);
        }
    }

    private static string Find(string tool)
    {
        // Debian keeps the versioned binaries under /usr/lib/postgresql/N/bin; the newest dumps every older server.
        var versioned = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : -1)
                .Select(d => Path.Combine(d, "bin", tool))
                .FirstOrDefault(File.Exists)
            : null;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
        return versioned ?? onPath ?? throw new CliException(NotInstalled, ExitCodes.Refused);
    }
}
