using ContactCenter.Host.Tests.Durability;
using Npgsql;

namespace ContactCenter.Benchmarks.Voice;

/// <summary>
/// The store the benchmark's host runs on, as host arguments, with encryption at rest on (the <c>File</c> key provider
/// in the run's data directory) either way. LiteDB: the file in the data directory. PostgreSQL: a fresh database on
/// the private server the storage tests start (<see cref="PostgresTestDatabase"/>: <c>initdb</c> in a private
/// directory, 127.0.0.1 on an ephemeral port, or <c>CC_TEST_POSTGRES</c>), dropped when the run is done; the server
/// is stopped and its directory deleted when the process exits.
/// </summary>
internal sealed class VoiceHostDatabase : IAsyncDisposable
{
    private readonly PostgresTestDatabase? _postgres;

    private VoiceHostDatabase(PostgresTestDatabase? postgres, IReadOnlyList<string> hostArguments, string description)
    {
        _postgres = postgres;
        HostArguments = hostArguments;
        Description = description;
    }

    /// <summary>The host's storage and encryption settings (command-line form).</summary>
    public IReadOnlyList<string> HostArguments { get; }

    /// <summary>Which store, for the figures' header (never the password).</summary>
    public string Description { get; }

    public static async Task<VoiceHostDatabase> OpenAsync(VoiceHostStorage storage)
    {
        const string Encrypted = "encryption at rest (File key provider in the data directory)";
        if (storage == VoiceHostStorage.LiteDb)
        {
            return new VoiceHostDatabase(null, ["--CC:Storage:Provider=LiteDb", "--CC:Encryption:Provider=File"], $"LiteDB, {Encrypted}");
        }

        var database = await PostgresTestDatabase.CreateAsync();
        try
        {
            var target = new NpgsqlConnectionStringBuilder(database.ConnectionString);
            var version = await ServerVersionAsync(database.ConnectionString);
            return new VoiceHostDatabase(database,
                ["--CC:Storage:Provider=Postgres", $"--CC:Storage:Postgres:ConnectionString={database.ConnectionString}", "--CC:Encryption:Provider=File"],
                $"PostgreSQL {version} (private server on {target.Host}:{target.Port}, database {database.Name}), {Encrypted}");
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _postgres?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static async Task<string> ServerVersionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection.PostgreSqlVersion.ToString();
    }
}
