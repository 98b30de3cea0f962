using System.IO.Compression;
using ContactCenter.Cli.Tests.Support;

namespace ContactCenter.Cli.Tests.Backup;

/// <summary><c>cc backup</c> and <c>cc restore</c> of the embedded store with the host stopped (offline).</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-backup-test-");

    private string Source => Path.Combine(_work.FullName, "data");

    private string Archive => Path.Combine(_work.FullName, "backup.zip");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task BackupThenRestore_Offline_RestoredStoreHasTheSameContentsAndPlugins()
    {
        var original = await BackupSeed.CreateAsync(Source);
        var target = Path.Combine(_work.FullName, "restored");

        var backup = await CliRun.RunAsync("backup", Archive, "--data-dir", Source);
        var restore = await CliRun.RunAsync("restore", Archive, "--data-dir", target);

        Assert.Equal(0, backup.ExitCode);
        Assert.Contains("(offline)", backup.Output, StringComparison.Ordinal);
        Assert.Equal(0, restore.ExitCode);
        Assert.Contains("every count and checksum matches", restore.Output, StringComparison.Ordinal);
        var restored = await BackupSeed.DigestAsync(target);
        Assert.Empty(restored.CompareTo(original));
        Assert.Equal(120, restored.Collections.Single(c => c.Name == BackupSeed.Collection).Count);
        Assert.Equal(120, restored.Events.Count);
        Assert.True(File.Exists(Path.Combine(target, "plugins", "cc.test.backup", "1.0.0", "plugin.json")));
        Assert.False(Directory.Exists(Path.Combine(target, "secrets")));
    }

    [Fact]
    public async Task Backup_Default_LeavesMasterKeysOutAndShowsProgress()
    {
        await BackupSeed.CreateAsync(Source);

        var backup = await CliRun.RunAsync("backup", Archive, "--data-dir", Source);

        Assert.Equal(0, backup.ExitCode);
        using var zip = ZipFile.OpenRead(Archive);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("files/secrets/", StringComparison.Ordinal));
        Assert.Contains(zip.Entries, e => e.FullName == "store/contactcenter.db");
        Assert.Contains(zip.Entries, e => e.FullName == "manifest.json");
        Assert.Contains("documents and events read:", backup.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", backup.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_IncludeMasterKeys_ArchivesSecretsWithAWarning()
    {
        await BackupSeed.CreateAsync(Source);
        var target = Path.Combine(_work.FullName, "restored");

        var backup = await CliRun.RunAsync("backup", Archive, "--data-dir", Source, "--include-master-keys");
        var restore = await CliRun.RunAsync("restore", Archive, "--data-dir", target);

        Assert.Equal(0, backup.ExitCode);
        Assert.Contains("WARNING: --include-master-keys", backup.Error, StringComparison.Ordinal);
        Assert.Equal(0, restore.ExitCode);
        Assert.Equal("not-a-real-key", await File.ReadAllTextAsync(Path.Combine(target, "secrets", "master.key")));
    }

    [Fact]
    public async Task Backup_ExistingArchive_RefusedUnlessForce()
    {
        await BackupSeed.CreateAsync(Source, documents: 3);
        await File.WriteAllTextAsync(Archive, "keep me");

        var refused = await CliRun.RunAsync("backup", Archive, "--data-dir", Source);

        Assert.Equal(ExitCodes.Refused, refused.ExitCode);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(Archive));
        Assert.Equal(0, (await CliRun.RunAsync("backup", Archive, "--data-dir", Source, "--force")).ExitCode);
    }

    [Fact]
    public async Task Backup_NoStoreInDataDirectory_RefusedWithoutCreatingOne()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_work.FullName, "empty")).FullName;

        var backup = await CliRun.RunAsync("backup", Archive, "--data-dir", empty);

        Assert.Equal(ExitCodes.Refused, backup.ExitCode);
        Assert.Contains("no store", backup.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
        Assert.False(File.Exists(Archive));
    }

    [Fact]
    public async Task Restore_NonEmptyTarget_RefusedAndUnchangedUnlessForce()
    {
        await BackupSeed.CreateAsync(Source, documents: 5);
        Assert.Equal(0, (await CliRun.RunAsync("backup", Archive, "--data-dir", Source)).ExitCode);
        var target = Directory.CreateDirectory(Path.Combine(_work.FullName, "busy")).FullName;
        await BackupSeed.CreateAsync(target, documents: 2);
        var before = await BackupSeed.DigestAsync(target);

        var refused = await CliRun.RunAsync("restore", Archive, "--data-dir", target);
        var afterRefusal = await BackupSeed.DigestAsync(target);
        var forced = await CliRun.RunAsync("restore", Archive, "--data-dir", target, "--force");

        Assert.Equal(ExitCodes.Refused, refused.ExitCode);
        Assert.Contains("not empty", refused.Error, StringComparison.Ordinal);
        Assert.Empty(afterRefusal.CompareTo(before));
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(5, (await BackupSeed.DigestAsync(target)).Collections.Single(c => c.Name == BackupSeed.Collection).Count);
        Assert.Empty(Directory.GetDirectories(_work.FullName, ".cc-restore-*"));
    }

    [Fact]
    public async Task Restore_NotABackup_RefusedWithAClearMessage()
    {
        await File.WriteAllTextAsync(Archive, "this is not a zip");

        var restore = await CliRun.RunAsync("restore", "--verify", Archive);

        Assert.Equal(ExitCodes.Refused, restore.ExitCode);
        Assert.Contains("not a readable ContactCenter backup", restore.Error, StringComparison.Ordinal);
    }
}
