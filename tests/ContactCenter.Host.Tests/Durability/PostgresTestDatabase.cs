using ContactCenter.Storage.Postgres.Tests.Support;
using Npgsql;

namespace ContactCenter.Host.Tests.Durability;

/// <summary>A fresh database on the tests' private PostgreSQL server (see the PostgreSQL store tests' support), dropped at the end.</summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string _admin;

    private PostgresTestDatabase(string admin, string name, string connectionString)
    {
        _admin = admin;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = await PostgresServer.SharedAsync();
        var admin = new NpgsqlConnectionStringBuilder(server.AdminConnectionString) { Pooling = false }.ConnectionString;
        var name = "cc_host_" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(admin, $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'");
        return new PostgresTestDatabase(admin, name, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);
    }

    public ValueTask DisposeAsync() => new(ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)"));

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
