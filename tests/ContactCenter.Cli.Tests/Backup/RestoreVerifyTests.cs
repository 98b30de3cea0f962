using System.Text;
using ContactCenter.Cli.Tests.Support;
using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.LiteDb;

namespace ContactCenter.Cli.Tests.Backup;

/// <summary><c>cc restore --verify</c>: restores into a scratch location, compares with the manifest, reports, and fails on any mismatch.</summary>
public sealed class RestoreVerifyTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-verify-test-");

    private string Source => Path.Combine(_work.FullName, "data");

    private string Archive => Path.Combine(_work.FullName, "backup.zip");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Verify_IntactBackup_PassesAndLeavesNoScratch()
    {
        await BackupAsync();
        var scratchBefore = ScratchFolders();

        var verify = await CliRun.RunAsync("restore", "--verify", Archive);

        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("Verified in a scratch copy: every count and checksum matches", verify.Output, StringComparison.Ordinal);
        Assert.Contains("documents", verify.Output, StringComparison.Ordinal);
        Assert.Equal(scratchBefore, ScratchFolders());
    }

    [Fact]
    public async Task Verify_ManifestCountAltered_FailsNamingTheCollection()
    {
        await BackupAsync();
        ArchiveTampering.EditManifest(Archive, m =>
        {
            var notes = m["contents"]!["collections"]!.AsArray().Single(c => (string)c!["name"]! == BackupSeed.Collection)!;
            notes["count"] = 121;
        });

        var verify = await CliRun.RunAsync("restore", "--verify", Archive);

        Assert.Equal(ExitCodes.VerificationFailed, verify.ExitCode);
        Assert.Contains($"collection {BackupSeed.Collection}: 120 documents, expected 121", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_PluginFileAltered_FailsNamingTheFile()
    {
        await BackupAsync();
        const string entry = "files/plugins/cc.test.backup/1.0.0/plugin.json";
        ArchiveTampering.ReplaceEntry(Archive, entry, _ => Encoding.UTF8.GetBytes("""{"id":"evil"}"""), fixManifest: false);

        var verify = await CliRun.RunAsync("restore", "--verify", Archive);

        Assert.Equal(ExitCodes.VerificationFailed, verify.ExitCode);
        Assert.Contains($"file {entry}:", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_StoreRewrittenWithMatchingFileHash_ContentChecksumCatchesIt()
    {
        await BackupAsync();

        // A store whose file checksum was updated to match: only the per-collection checksums can tell.
        var rewritten = await RewriteAsync(ArchiveTampering.ReadEntry(Archive, "store/contactcenter.db"));
        ArchiveTampering.ReplaceEntry(Archive, "store/contactcenter.db", _ => rewritten, fixManifest: true);

        var verify = await CliRun.RunAsync("restore", "--verify", Archive);

        Assert.Equal(ExitCodes.VerificationFailed, verify.ExitCode);
        Assert.Contains($"collection {BackupSeed.Collection}: checksum", verify.Output, StringComparison.Ordinal);
        Assert.Contains("same count, different contents", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_TamperedBackup_NothingWrittenToTarget()
    {
        await BackupAsync();
        var rewritten = await RewriteAsync(ArchiveTampering.ReadEntry(Archive, "store/contactcenter.db"));
        ArchiveTampering.ReplaceEntry(Archive, "store/contactcenter.db", _ => rewritten, fixManifest: true);
        var target = Path.Combine(_work.FullName, "target");

        var restore = await CliRun.RunAsync("restore", Archive, "--data-dir", target);

        Assert.Equal(ExitCodes.VerificationFailed, restore.ExitCode);
        Assert.Contains("Not restored (nothing changed)", restore.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any());
        Assert.Empty(Directory.GetDirectories(_work.FullName, ".cc-restore-*"));
    }

    private async Task BackupAsync()
    {
        await BackupSeed.CreateAsync(Source);
        var backup = await CliRun.RunAsync("backup", Archive, "--data-dir", Source);
        Assert.Equal(0, backup.ExitCode);
    }

    private async Task<byte[]> RewriteAsync(byte[] storeFile)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_work.FullName, "rewrite-" + Guid.NewGuid().ToString("N"))).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "contactcenter.db"), storeFile);
        using (var store = new LiteDbDocumentStore(folder, TimeProvider.System))
        {
            await store.InitializeAsync(CancellationToken.None);
            await store.CommitAsync(new WriteBatch().Upsert(BackupSeed.Collection, "n0001", """{"phone":"+506 0000 0000","text":"cambiada"}"""), CancellationToken.None);
        }

        return await File.ReadAllBytesAsync(Path.Combine(folder, "contactcenter.db"));
    }

    private static string[] ScratchFolders() =>
        Directory.GetDirectories(Path.GetTempPath(), "cc-verify-*").Order(StringComparer.Ordinal).ToArray();
}
