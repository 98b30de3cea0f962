using System.Text.Json;
using ContactCenter.Cli.Tests.Support;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Storage;
using ContactCenter.Storage.LiteDb;

namespace ContactCenter.Cli.Tests.Commands;

/// <summary><c>cc keys</c> offline on a real embedded store with the file key provider.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("cc-keys-");

    private string DataDirectory => Path.Combine(_work.FullName, "data");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task RotateDataKeyThenMasterKey_Offline_StatusShowsTheNewKeys()
    {
        var before = await Cc("keys", "status", "--json");
        var data = await Cc("keys", "rotate-data-key", "--json");
        var master = await Cc("keys", "rotate-master-key");
        var after = await Cc("keys", "status", "--json");

        Assert.Equal([0, 0, 0, 0], new[] { before.ExitCode, data.ExitCode, master.ExitCode, after.ExitCode });
        using var first = JsonDocument.Parse(before.Output);
        using var rotated = JsonDocument.Parse(data.Output);
        using var last = JsonDocument.Parse(after.Output);
        Assert.Equal("file-1", first.RootElement.GetProperty("currentMasterKeyId").GetString());
        Assert.NotEqual(first.RootElement.GetProperty("currentDataKeyId").GetString(), rotated.RootElement.GetProperty("currentDataKeyId").GetString());
        Assert.Contains("Re-wrapped the data keys.", master.Output, StringComparison.Ordinal);
        Assert.Equal("file-2", last.RootElement.GetProperty("currentMasterKeyId").GetString());
        Assert.Equal(["file-2"], last.RootElement.GetProperty("masterKeysInUse").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, last.RootElement.GetProperty("keys").GetArrayLength());
    }

    [Fact]
    public async Task Status_KeyFileLost_RefusedNamingTheMasterKeyWithoutMakingANewOne()
    {
        Assert.Equal(0, (await Cc("keys", "status")).ExitCode);
        File.Delete(Path.Combine(DataDirectory, "secrets", "master-keys.json"));

        var status = await Cc("keys", "status");

        Assert.Equal(ExitCodes.Refused, status.ExitCode);
        Assert.Contains("master key 'file-1'", status.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(DataDirectory, "secrets", "master-keys.json")));
    }

    [Fact]
    public async Task Rotate_Offline_NewDataKeyAndReEncryptionWithProgress()
    {
        var before = await Cc("keys", "status", "--json");

        var rotate = await Cc("keys", "rotate", "--json");

        Assert.Equal(0, rotate.ExitCode);
        Assert.Contains("re-encrypting k.contacts", rotate.Error, StringComparison.Ordinal);
        Assert.Contains("0 refused", rotate.Error, StringComparison.Ordinal);
        using var first = JsonDocument.Parse(before.Output);
        using var after = JsonDocument.Parse(rotate.Output);
        Assert.NotEqual(first.RootElement.GetProperty("currentDataKeyId").GetString(), after.RootElement.GetProperty("currentDataKeyId").GetString());
        Assert.Equal(2, after.RootElement.GetProperty("keys").EnumerateArray().Count(k => k.GetProperty("kind").GetString() == "Data"));
    }

    [Fact]
    public async Task RotateDataKey_Offline_AuditedAsTheOperatingSystemUser()
    {
        var rotated = await Cc("keys", "rotate-data-key", "--json");

        Assert.Equal(0, rotated.ExitCode);
        using var status = JsonDocument.Parse(rotated.Output);
        using var store = new LiteDbDocumentStore(DataDirectory, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        var page = await store.QueryAsync(KernelCollections.Audit.Name, new DocumentQuery { PageSize = 100 }, CancellationToken.None);
        var entries = page.Items.Select(d => JsonDocument.Parse(d.Json).RootElement).ToList();
        var rotation = Assert.Single(entries, e => e.GetProperty("action").GetString() == "key-ring.data-key-rotated");
        Assert.Equal("cli:" + Environment.UserName, rotation.GetProperty("actor").GetString());
        Assert.Contains(status.RootElement.GetProperty("currentDataKeyId").GetString()!, rotation.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private Task<CliRun> Cc(params string[] args) => CliRun.RunAsync(["--data-dir", DataDirectory, .. args]);
}
