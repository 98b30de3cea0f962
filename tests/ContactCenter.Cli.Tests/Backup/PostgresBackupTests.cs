using ContactCenter.Cli.Tests.Support;
using ContactCenter.Host.Tests.Durability;
using ContactCenter.Kernel.Backup;
using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.Postgres;

namespace ContactCenter.Cli.Tests.Backup;

/// <summary><c>cc backup --postgres</c> / <c>cc restore --postgres</c> against the tests' private PostgreSQL server (pg_dump custom format).</summary>
public sealed class PostgresBackupTests : IAsyncDisposable
{
    private readonly PostgresWorkspace _workspace = new("cc-pg-backup-");

    private string Archive => _workspace.PathOf("pg.zip");

    public ValueTask DisposeAsync() => _workspace.DisposeAsync();

    [Fact]
    public async Task BackupVerifyRestore_Postgres_RestoredDatabaseMatches()
    {
        var source = await _workspace.NewDatabaseAsync();
        var original = await SeedAsync(source.ConnectionString, 150);
        var target = await _workspace.NewDatabaseAsync();

        var backup = await CliRun.RunAsync("backup", Archive, "--postgres", source.ConnectionString, "--data-dir", _workspace.PathOf("data"));
        var verify = await CliRun.RunAsync("restore", "--verify", Archive, "--postgres", source.ConnectionString);
        var restore = await CliRun.RunAsync("restore", Archive, "--postgres", target.ConnectionString, "--data-dir", _workspace.PathOf("restored"));
        var again = await CliRun.RunAsync("restore", Archive, "--postgres", target.ConnectionString, "--data-dir", _workspace.PathOf("restored"));

        Assert.True(backup.ExitCode == 0, backup.Error);
        Assert.Contains("(pg_dump)", backup.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", backup.Error, StringComparison.OrdinalIgnoreCase);
        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.Contains("every count and checksum matches", verify.Output, StringComparison.Ordinal);
        Assert.True(restore.ExitCode == 0, restore.Output + restore.Error);
        Assert.Empty((await PostgresWorkspace.DigestAsync(target.ConnectionString)).CompareTo(original));
        Assert.Equal(ExitCodes.Refused, again.ExitCode);
        Assert.Contains("already holds a ContactCenter store", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_PostgresBackupWithoutConnection_RefusedNamingTheOption()
    {
        var source = await _workspace.NewDatabaseAsync();
        await SeedAsync(source.ConnectionString, 2);
        Assert.Equal(0, (await CliRun.RunAsync("backup", Archive, "--postgres", source.ConnectionString, "--data-dir", _workspace.PathOf("data"))).ExitCode);

        var restore = await CliRun.RunAsync("restore", Archive, "--data-dir", _workspace.PathOf("x"));

        Assert.Equal(ExitCodes.Usage, restore.ExitCode);
        Assert.Contains("pass --postgres", restore.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_workspace.PathOf("x")));
    }

    private static async Task<StoreContents> SeedAsync(string connectionString, int documents)
    {
        await using var store = await PostgresWorkspace.OpenAsync(connectionString);
        await store.EnsureCollectionAsync(new CollectionDefinition(BackupSeed.Collection, ["phone"]), CancellationToken.None);
        for (var i = 0; i < documents; i++)
        {
            var id = $"n{i:D4}";
            await store.CommitAsync(new WriteBatch()
                .Insert(BackupSeed.Collection, id, $$"""{"phone":"+506 8888 {{i:D4}}","text":"Póliza {{i}} — señora Muñoz"}""")
                .Append(id, "cc.test.created", $$"""{"n":{{i}}}""", TimeProvider.System.GetUtcNow()), CancellationToken.None);
            if (i % 4 == 0)
            {
                await store.CommitAsync(new WriteBatch().Replace(BackupSeed.Collection, id, """{"phone":"x","text":"actualizada"}""", 1), CancellationToken.None);
            }
        }

        return await StoreDigest.ComputeAsync(store, store, null, CancellationToken.None);
    }
}
