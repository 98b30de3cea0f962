using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Kernel.Storage;
using ContactCenter.Sdk.Events;
using ContactCenter.Testing.Security;

namespace ContactCenter.Kernel.Tests.Security.Encryption.Keys;

/// <summary>Rotation with the file provider on a store that outlives the kernel, as after a restart.</summary>
public sealed class KeyRotationTests : IDisposable
{
    private readonly FileKeyWorkspace _workspace = new("cc-keys");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task StartAsync_FirstStart_CreatesAnOwnerOnlyKeyFileAndOneDataKey()
    {
        await using var kernel = await EncryptedKernel.StartAsync(_workspace.Store, _workspace.Settings);

        var file = _workspace.MasterKeyFile;
        var status = await kernel.Keys.GetStatusAsync();
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Equal("File", status.Provider);
        Assert.Equal("file-1", status.CurrentMasterKeyId);
        Assert.Single(status.Keys, k => k.Kind == KeyRingEntryKind.Data);
        Assert.Single(status.Keys, k => k.Kind == KeyRingEntryKind.Lookup);
    }

    [Fact]
    public async Task RotateDataKeyAsync_OldDataStaysReadableAndNewWritesUseTheNewKey()
    {
        await using var kernel = await EncryptedKernel.StartAsync(_workspace.Store, _workspace.Settings);
        var before = kernel.Protector.ProtectString("before", "t/1");
        var oldKey = (await kernel.Keys.GetStatusAsync()).CurrentDataKeyId;

        var status = await kernel.Keys.RotateDataKeyAsync();
        var after = kernel.Protector.ProtectString("after", "t/2");

        Assert.NotEqual(oldKey, status.CurrentDataKeyId);
        Assert.Equal("before", kernel.Protector.UnprotectString(before, "t/1"));
        Assert.Equal(Convert.FromHexString(status.CurrentDataKeyId), System.Buffers.Text.Base64Url.DecodeFromChars(after).AsSpan(1, 8).ToArray());
        Assert.NotNull(status.Keys.Single(k => k.KeyId == oldKey).RetiredAt);
        await using var restarted = await EncryptedKernel.StartAsync(_workspace.Store, _workspace.Settings);
        Assert.Equal("before", restarted.Protector.UnprotectString(before, "t/1"));
        Assert.Equal("after", restarted.Protector.UnprotectString(after, "t/2"));
    }

    [Fact]
    public async Task RotateMasterKeyAsync_RewrapsKeysWithoutTouchingData()
    {
        await using var kernel = await EncryptedKernel.StartAsync(_workspace.Store, _workspace.Settings);
        var contact = await kernel.Contacts.CreateAsync(new ContactRequest("Ana Rotación", ["+506 8888-1234"], ["ana@example.com"]));
        var dataVersions = await VersionsAsync(KernelCollections.Contacts.Name, KernelCollections.ContactLookup.Name);

        var status = await kernel.Keys.RotateMasterKeyAsync();

        Assert.Equal("file-2", status.CurrentMasterKeyId);
        Assert.Equal(["file-2"], status.MasterKeysInUse);
        Assert.All(status.Keys, k => Assert.NotNull(k.RewrappedAt));
        Assert.Equal(dataVersions, await VersionsAsync(KernelCollections.Contacts.Name, KernelCollections.ContactLookup.Name));
        await using var restarted = await EncryptedKernel.StartAsync(_workspace.Store, _workspace.Settings);
        Assert.Equal("Ana Rotación", (await restarted.Contacts.GetAsync(contact.Id))!.DisplayName);
        Assert.Equal(contact.Id, Assert.Single(await restarted.Contacts.FindByPhoneAsync("88881234")).Id);
    }

    [Fact]
    public async Task RotateAsync_EveryChange_IsInTheEventLogWithKeyIdsOnly()
    {
        await using var kernel = await EncryptedKernel.StartAsync(_workspace.Store, _workspace.Settings);
        await kernel.Keys.RotateDataKeyAsync();
        await kernel.Keys.RotateMasterKeyAsync();

        var events = await _workspace.Store.ReadEventsAsync(new EventQuery(KeyRingEvents.Stream), CancellationToken.None);

        Assert.Equal([EventTypes.KeyRingChanged, EventTypes.KeyRingChanged, EventTypes.KeyRingChanged], events.Select(e => e.Type));
        Assert.Contains("\"master-key-rotated\"", events[2].Json, StringComparison.Ordinal);
        var keyFile = await File.ReadAllTextAsync(_workspace.MasterKeyFile);
        foreach (var key in System.Text.RegularExpressions.Regex.Matches(keyFile, "\"key\": \"([^\"]+)\"").Select(m => m.Groups[1].Value))
        {
            Assert.All(events, e => Assert.DoesNotContain(key, e.Json, StringComparison.Ordinal));
        }
    }

    private async Task<Dictionary<string, long>> VersionsAsync(params string[] collections)
    {
        var versions = new Dictionary<string, long>();
        foreach (var collection in collections)
        {
            var page = await _workspace.Store.QueryAsync(collection, Sdk.Storage.DocumentQuery.All with { PageSize = 1000 }, CancellationToken.None);
            foreach (var document in page.Items)
            {
                versions[$"{collection}/{document.Id}"] = document.Version;
            }
        }

        return versions;
    }
}
