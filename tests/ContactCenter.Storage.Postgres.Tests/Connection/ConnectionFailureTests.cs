using System.Net;
using System.Net.Sockets;
using ContactCenter.Storage.Postgres.Tests.Support;
using Npgsql;

namespace ContactCenter.Storage.Postgres.Tests.Connection;

/// <summary>A wrong or unreachable database stops start-up with a message naming the server (never the password) and the reason.</summary>
public sealed class ConnectionFailureTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string SecretPassword = "s3cret-Pa55word";

    [Fact]
    public async Task InitializeAsync_NothingListening_SaysConnectionRefusedAndWhere()
    {
        var port = FreePort();
        var store = database.NewStore(connectionString: $"Host=127.0.0.1;Port={port};Database=contactcenter;Username=cc_app;Password={SecretPassword}");

        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => store.InitializeAsync(default).AsTask());

        Assert.Contains($"host 127.0.0.1, port {port}, database contactcenter, user cc_app", error.Message, StringComparison.Ordinal);
        Assert.Contains("connection refused", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretPassword, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_WrongPassword_SaysAuthenticationFailed()
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = SecretPassword };
        var store = database.NewStore(connectionString: builder.ConnectionString);

        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => store.InitializeAsync(default).AsTask());

        Assert.Contains("authentication failed", error.Message, StringComparison.Ordinal);
        Assert.Contains($"user {builder.Username}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretPassword, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_MissingDatabase_SaysDatabaseDoesNotExist()
    {
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "cc_no_such_database" };
        var store = database.NewStore(connectionString: builder.ConnectionString);

        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => store.InitializeAsync(default).AsTask());

        Assert.Contains("database cc_no_such_database", error.Message, StringComparison.Ordinal);
        Assert.Contains("the database does not exist", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(builder.Password!, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_ServerNeverAnswers_SaysTimeout()
    {
        // Accepts the TCP connection and then says nothing, like a firewalled or hung server.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var store = database.NewStore(connectionString: $"Host=127.0.0.1;Port={port};Database=contactcenter;Username=cc_app;Password={SecretPassword};Timeout=1");

        var error = await Assert.ThrowsAsync<PostgresStoreException>(() => store.InitializeAsync(default).AsTask());

        Assert.Contains("timeout", error.Message, StringComparison.Ordinal);
        Assert.Contains($"port {port}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Host=;Database=x")]
    [InlineData("Host=localhost")]
    [InlineData("Hots=localhost;Database=x")]
    public void Constructor_MissingOrMalformedConnectionString_NamesTheSetting(string connectionString)
    {
        var error = Assert.Throws<PostgresStoreException>(() =>
            new PostgresDocumentStore(new PostgresStoreOptions { ConnectionString = connectionString }, TimeProvider.System));

        Assert.Contains("CC:Storage:Postgres:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_HealthyStore_ReportsServerWithoutSecret()
    {
        var store = await database.OpenStoreAsync();

        var probe = await store.ProbeAsync(default);

        Assert.True(probe.Healthy, probe.Description);
        Assert.Contains("0001_initial", probe.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(new NpgsqlConnectionStringBuilder(database.ConnectionString).Password!, probe.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_DatabaseGoneAfterStart_UnhealthyWithReason()
    {
        var connection = await database.NewEmptyDatabaseAsync();
        var store = await database.OpenStoreAsync(connectionString: connection);
        var name = new NpgsqlConnectionStringBuilder(connection).Database;
        var admin = new NpgsqlConnectionStringBuilder(connection) { Database = "postgres" }.ConnectionString;
        await database.ScalarAsync<object>($"DROP DATABASE {name} WITH (FORCE)", admin);

        var probe = await store.ProbeAsync(default);

        Assert.False(probe.Healthy);
        Assert.True(probe.Description.Contains("does not exist", StringComparison.Ordinal), probe.Description);
    }

    [Fact]
    public async Task ProbeAsync_BudgetSpent_UnhealthyInsteadOfThrowing()
    {
        var store = await database.OpenStoreAsync();
        using var spent = new CancellationTokenSource();
        await spent.CancelAsync();

        var probe = await store.ProbeAsync(spent.Token);

        Assert.False(probe.Healthy);
        Assert.Contains("time budget", probe.Description, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
