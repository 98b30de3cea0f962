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
public sealed class MigrateCommandTests : IAsyncDisposable
{
    private readonly PostgresWorkspace _workspace = new("cc-migrate-");

    private string Source => _workspace.PathOf("data");

    public ValueTask DisposeAsync() => _workspace.DisposeAsync();

    [Fact]
    public async Task Migrate_LiteDbToEmptyPostgres_SameContentsAndRerunChangesNothing()
    {
        var original = await BackupSeed.CreateAsync(Source);
        var target = await _workspace.NewDatabaseAsync();

        var migrate = await Migrate(target.ConnectionString);
        var again = await Migrate(target.ConnectionString);

        Assert.True(migrate.ExitCode == 0, migrate.Output + migrate.Error);
        Assert.Contains("every count and checksum matches", migrate.Output, StringComparison.Ordinal);
        Assert.Contains("copied:", migrate.Error, StringComparison.Ordinal);
        Assert.Empty((await PostgresWorkspace.DigestAsync(target.ConnectionString)).CompareTo(original));
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("nothing to do", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_TargetHoldsOtherData_RefusedAndUnchanged()
    {
        await BackupSeed.CreateAsync(Source, documents: 4);
        var target = await _workspace.NewDatabaseAsync();
        await using (var store = new PostgresDocumentStore(new PostgresStoreOptions { ConnectionString = target.ConnectionString }, TimeProvider.System))
        {
            await store.InitializeAsync(CancellationToken.None);
            // As a plugin's store does: its collection is declared before its first document.
            await store.EnsureCollectionAsync(CollectionDefinition.Plain("p.cc.other.notes"), CancellationToken.None);
            await store.CommitAsync(new WriteBatch().Insert("p.cc.other.notes", "x", """{"a":1}"""), CancellationToken.None);
        }

        var before = await PostgresWorkspace.DigestAsync(target.ConnectionString);
        var migrate = await Migrate(target.ConnectionString);

        Assert.Equal(ExitCodes.Refused, migrate.ExitCode);
        Assert.Contains("is not empty", migrate.Error, StringComparison.Ordinal);
        Assert.Empty((await PostgresWorkspace.DigestAsync(target.ConnectionString)).CompareTo(before));
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

        var target = await _workspace.NewDatabaseAsync();
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
}
