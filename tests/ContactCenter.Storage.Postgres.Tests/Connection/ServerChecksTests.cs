using ContactCenter.Storage.Postgres.Tests.Support;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Tests.Connection;

public sealed class ServerChecksTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task InitializeAsync_DatabaseNotUtf8_RefusedNamingTheEncodingAndNothingCreated()
    {
        var name = "cc_test_latin1_" + Guid.NewGuid().ToString("N")[..8];
        var admin = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await database.ScalarAsync<object>($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C'", admin);
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = name }.ConnectionString;
        try
        {
            var error = await Assert.ThrowsAsync<PostgresStoreException>(() => database.NewStore(connectionString: connection).InitializeAsync(default).AsTask());

            Assert.Contains("LATIN1", error.Message, StringComparison.Ordinal);
            Assert.Contains("UTF8", error.Message, StringComparison.Ordinal);
            Assert.Equal(0, await database.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'cc\\_%'", connection));
        }
        finally
        {
            await database.ScalarAsync<object>($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        }
    }
}
