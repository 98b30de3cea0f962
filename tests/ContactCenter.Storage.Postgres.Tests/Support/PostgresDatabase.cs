using ContactCenter.Storage.Postgres.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Tests.Support;

/// <summary>
/// A fresh, empty database on the shared private server for one test class (class fixture), so test classes run
/// side by side without seeing each other's data. Dropped, with the stores it created, when the class is done.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly List<PostgresDocumentStore> _stores = [];
    private readonly List<string> _extraDatabases = [];
    private string _adminConnectionString = string.Empty;

    public string Name { get; } = "cc_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>A superuser connection string to this database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.SharedAsync();
        _adminConnectionString = new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        ConnectionString = await CreateAsync(Name);
    }

    /// <summary>Another empty database, for a test that needs one of its own (dropped with this one).</summary>
    public async Task<string> NewEmptyDatabaseAsync()
    {
        var name = "cc_test_" + Guid.NewGuid().ToString("N")[..16];
        lock (_extraDatabases)
        {
            _extraDatabases.Add(name);
        }

        return await CreateAsync(name);
    }

    /// <summary>A store on this database, not yet initialized; disposed with the fixture.</summary>
    internal PostgresDocumentStore NewStore(TimeProvider? time = null, IReadOnlyList<Migration>? migrations = null, string? connectionString = null)
    {
        var store = new PostgresDocumentStore(
            new PostgresStoreOptions { ConnectionString = connectionString ?? ConnectionString },
            time ?? TimeProvider.System,
            NullLogger.Instance,
            migrations ?? EmbeddedMigrations.All);
        lock (_stores)
        {
            _stores.Add(store);
        }

        return store;
    }

    /// <summary>An initialized store on this database.</summary>
    public async Task<PostgresDocumentStore> OpenStoreAsync(TimeProvider? time = null, string? connectionString = null)
    {
        var store = NewStore(time, connectionString: connectionString);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    /// <summary>Empties this database completely (tables, migrations record and all), as if just created.</summary>
    public Task ResetAsync() => ScalarAsync<object>("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");

    /// <summary>Runs one scalar query on this database (to look at the raw tables).</summary>
    public async Task<T?> ScalarAsync<T>(string sql, string? connectionString = null)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString ?? ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        foreach (var name in _extraDatabases.Append(Name))
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private async Task<string> CreateAsync(string name)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }
}
