using System.Net.Http.Json;
using System.Text.Json;
using ContactCenter.Cli.Tests.Support;
using ContactCenter.Host.Tests.Durability;
using ContactCenter.Kernel.Backup;
using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres;
using ContactCenter.Testing.Hosting;

namespace ContactCenter.Cli.Tests.Backup;

/// <summary><c>cc migrate --from litedb --to postgres</c> against the tests' private PostgreSQL server.</summary>
public sealed class MigrateCommandTests : IAsyncLifetime
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-migrate-");
    private readonly List<PostgresTestDatabase> _databases = [];

    private string Source => Path.Combine(_work.FullName, "data");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        _work.Delete(recursive: true);
    }

    [Fact]
    public async Task Migrate_LiteDbToEmptyPostgres_SameContentsAndRerunChangesNothing()
    {
        var original = await BackupSeed.CreateAsync(Source);
        var target = await NewDatabaseAsync();

        var migrate = await Migrate(target.ConnectionString);
        var again = await Migrate(target.ConnectionString);

        Assert.True(migrate.ExitCode == 0, migrate.Output + migrate.Error);
        Assert.Contains("every count and checksum matches", migrate.Output, StringComparison.Ordinal);
        Assert.Contains("copied:", migrate.Error, StringComparison.Ordinal);
        Assert.Empty((await DigestAsync(target.ConnectionString)).CompareTo(original));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("nothing to do", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_TargetHoldsOtherData_RefusedAndUnchanged()
    {
        await BackupSeed.CreateAsync(Source, documents: 4);
        var target = await NewDatabaseAsync();
        await using (var store = new PostgresDocumentStore(new PostgresStoreOptions { ConnectionString = target.ConnectionString }, TimeProvider.System))
        {
            await store.InitializeAsync(CancellationToken.None);
            // As a plugin's store does: its collection is declared before its first document.
            await store.EnsureCollectionAsync(CollectionDefinition.Plain("p.cc.other.notes"), CancellationToken.None);
            await store.CommitAsync(new WriteBatch().Insert("p.cc.other.notes", "x", """{"a":1}"""), CancellationToken.None);
        }

        var before = await DigestAsync(target.ConnectionString);
        var migrate = await Migrate(target.ConnectionString);

        Assert.Equal(ExitCodes.Refused, migrate.ExitCode);
        Assert.Contains("is not empty", migrate.Error, StringComparison.Ordinal);
        Assert.Empty((await DigestAsync(target.ConnectionString)).CompareTo(before));
    }

    [Fact]
    public async Task Migrate_ThenHostOnPostgres_FindsTheInteractions()
    {
        string id;
        await using (var host = await RunningHost.StartAsync(Source, null, "--CC:Storage:Provider=LiteDb"))
        {
            using var client = host.CreateAdminClient();
            using var created = await client.PostAsJsonAsync("/api/v1/interactions", new { channel = "Chat", subject = "Cotización", externalId = "migrate-1" });
            id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
            (await client.PostAsJsonAsync($"/api/v1/interactions/{id}/fail", new { reason = "sin agentes" })).EnsureSuccessStatusCode();
        }

        var target = await NewDatabaseAsync();
        var migrate = await Migrate(target.ConnectionString);

        Assert.True(migrate.ExitCode == 0, migrate.Output + migrate.Error);
        await using var migrated = await RunningHost.StartAsync(Source, null, "--CC:Storage:Provider=Postgres", $"--CC:Storage:Postgres:ConnectionString={target.ConnectionString}");
        using var reader = migrated.CreateAdminClient();
        var interaction = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/interactions/{id}");
        Assert.Equal("Failed", interaction.GetProperty("state").GetString(), ignoreCase: true);
    }

    [Fact]
    public async Task Migrate_UnsupportedDirection_UsageError()
    {
        var migrate = await CliRun.RunAsync("migrate", "--from", "postgres", "--to", "litedb", "--postgres", "Host=x;Database=y");

        Assert.Equal(ExitCodes.Usage, migrate.ExitCode);
        Assert.Contains("litedb to postgres", migrate.Error, StringComparison.Ordinal);
    }

    private Task<CliRun> Migrate(string connectionString) =>
        CliRun.RunAsync("migrate", "--from", "litedb", "--to", "postgres", "--data-dir", Source, "--postgres", connectionString);

    private async Task<PostgresTestDatabase> NewDatabaseAsync()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        _databases.Add(database);
        return database;
    }

    private static async Task<StoreContents> DigestAsync(string connectionString)
    {
        await using var store = new PostgresDocumentStore(new PostgresStoreOptions { ConnectionString = connectionString }, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        return await StoreDigest.ComputeAsync(store, store, null, CancellationToken.None);
    }
}
