using System.Text.Json;
using System.Text.Json.Nodes;
using ContactCenter.Kernel.Contacts;
using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Testing.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Kernel.Tests.Security.Encryption.Rotation;

/// <summary>Data key rotation with re-encryption: every kernel value moves to the new key, resumably, and reads never fail.</summary>
public sealed class KeyRotationRunnerTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["CC:Contacts:DefaultRegion"] = "CR", ["CC:Encryption:Provider"] = "Ephemeral" };
    private readonly InMemoryDocumentStore _store = new(TimeProvider.System);

    [Fact]
    public async Task RunAsync_ContactsBlobsAndInteractions_ReEncryptsEveryValueUnderTheNewKey()
    {
        await using var kernel = await EncryptedKernel.StartAsync(_store, Settings);
        var contact = await kernel.Contacts.CreateAsync(PlaintextProbe.Contacts[0]);
        var payload = new byte[600_000];
        Random.Shared.NextBytes(payload);
        var blob = await kernel.Blobs.PutAsync(new MemoryStream(payload), "kernel");
        await kernel.StoreInteractionAsync(PlaintextProbe.Interaction("sealed-1", DateTimeOffset.UnixEpoch));
        var legacy = PlaintextProbe.Interaction("legacy-1", DateTimeOffset.UnixEpoch);
        await _store.CommitAsync(new WriteBatch().Insert(KernelCollections.Interactions.Name, legacy.Id, JsonSerializer.Serialize(legacy, KernelJson.Options)), CancellationToken.None);
        var before = (await kernel.Keys.GetStatusAsync()).CurrentDataKeyId;

        var done = await kernel.Rotation.RunAsync(null);

        Assert.Equal(KeyRotationState.Completed, done.State);
        Assert.NotEqual(before, done.DataKeyId);
        Assert.Equal(done.DataKeyId, (await kernel.Keys.GetStatusAsync()).CurrentDataKeyId);
        Assert.Equal(0, done.Failed);
        Assert.Equal(1 + 3 + 1 + 2, done.ReEncrypted); // contact, three chunks, manifest, two interactions
        var values = kernel.Services.GetRequiredService<SealedValues>();
        foreach (var sealedText in await SealedTextsAsync())
        {
            Assert.True(values.IsCurrent(sealedText));
        }

        Assert.Equal(contact.DisplayName, (await kernel.Contacts.GetAsync(contact.Id))!.DisplayName);
        using var read = new MemoryStream();
        await using (var stream = await kernel.Blobs.OpenReadAsync(blob.Id))
        {
            await stream.CopyToAsync(read);
        }

        Assert.Equal(payload, read.ToArray());
        Assert.Equal(legacy.Disposition, (await kernel.ReadInteractionAsync(legacy.Id))!.Disposition);
        var raw = await _store.GetAsync(KernelCollections.Interactions.Name, legacy.Id, CancellationToken.None);
        Assert.Empty(PlaintextProbe.Find(System.Text.Encoding.UTF8.GetBytes(raw!.Json)));
    }

    [Fact]
    public async Task RunAsync_StoppedAfterTheFirstPage_ReadsStillWorkAndTheNextRunResumesWithoutANewKey()
    {
        await using var kernel = await EncryptedKernel.StartAsync(_store, Settings);
        var contacts = new List<Contact>();
        for (var i = 0; i < 250; i++)
        {
            contacts.Add(await kernel.Contacts.CreateAsync(new ContactRequest($"Cliente {i}", [$"83{i:D6}"], [])));
        }

        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await kernel.Rotation.RunAsync(new StopAfterFirst(stop), stop.Token));
        var stopped = (await kernel.Rotation.GetAsync())!;
        Assert.Equal(KeyRotationState.Running, stopped.State);
        Assert.Equal(100, stopped.Scanned);
        foreach (var contact in contacts)
        {
            // Half old key, half new: every one still reads.
            Assert.Equal(contact.DisplayName, (await kernel.Contacts.GetAsync(contact.Id))!.DisplayName);
        }

        var done = await kernel.Rotation.RunAsync(null);

        Assert.Equal(stopped.RotationId, done.RotationId);
        Assert.Equal(KeyRotationState.Completed, done.State);
        var contactsProgress = done.Collections.Single(c => c.Collection == KernelCollections.Contacts.Name);
        Assert.Equal(250, contactsProgress.Scanned);
        Assert.Equal(250, contactsProgress.ReEncrypted);
        Assert.Equal(2, (await kernel.Keys.GetStatusAsync()).Keys.Count(k => k.Kind == Kernel.Security.Encryption.Keys.KeyRingEntryKind.Data));
    }

    [Fact]
    public async Task StartAsync_WhileOneIsRunning_ReturnsItAndCreatesNoKey()
    {
        await using var kernel = await EncryptedKernel.StartAsync(_store, Settings);
        await kernel.Contacts.CreateAsync(PlaintextProbe.Contacts[1]);
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await kernel.Rotation.RunAsync(new StopAfterFirst(stop), stop.Token));
        var running = (await kernel.Rotation.GetAsync())!;

        var again = await kernel.Rotation.StartAsync();

        Assert.False(again.Started);
        Assert.Equal(running.RotationId, again.Rotation.RotationId);
        Assert.Equal(running.DataKeyId, (await kernel.Keys.GetStatusAsync()).CurrentDataKeyId);
    }

    [Fact]
    public async Task RunAsync_TamperedContact_IsLeftAsItWasAndCounted()
    {
        await using var kernel = await EncryptedKernel.StartAsync(_store, Settings);
        var good = await kernel.Contacts.CreateAsync(PlaintextProbe.Contacts[0]);
        var bad = await kernel.Contacts.CreateAsync(PlaintextProbe.Contacts[1]);
        var stored = await _store.GetAsync(KernelCollections.Contacts.Name, bad.Id, CancellationToken.None);
        var node = JsonNode.Parse(stored!.Json)!.AsObject();
        var name = (string)node["name"]!;
        node["name"] = name[..^3] + (name[^3] == 'A' ? 'B' : 'A') + name[^2..];
        await _store.CommitAsync(new WriteBatch().Replace(KernelCollections.Contacts.Name, bad.Id, node.ToJsonString(), stored.Version), CancellationToken.None);

        var done = await kernel.Rotation.RunAsync(null);

        Assert.Equal(KeyRotationState.Completed, done.State);
        Assert.Equal(1, done.Failed);
        Assert.Equal(node.ToJsonString(), (await _store.GetAsync(KernelCollections.Contacts.Name, bad.Id, CancellationToken.None))!.Json);
        Assert.Equal(good.DisplayName, (await kernel.Contacts.GetAsync(good.Id))!.DisplayName);
    }

    private async Task<List<string>> SealedTextsAsync()
    {
        var texts = new List<string>();
        foreach (var doc in await AllAsync(KernelCollections.Contacts.Name))
        {
            var contact = JsonSerializer.Deserialize<ContactDocument>(doc, KernelJson.Options)!;
            texts.Add(contact.Name);
            texts.AddRange(contact.Identities.Select(x => x.Value));
        }

        texts.AddRange((await AllAsync(KernelCollections.BlobChunks.Name)).Select(d => (string)JsonNode.Parse(d)!["data"]!));
        texts.AddRange((await AllAsync(KernelCollections.Blobs.Name)).Select(d => (string)JsonNode.Parse(d)!["digest"]!));
        foreach (var doc in await AllAsync(KernelCollections.Interactions.Name))
        {
            var box = JsonNode.Parse(doc)!["sealed"]!;
            texts.Add((string)box["subject"]!);
            texts.Add((string)box["notes"]!);
        }

        Assert.Equal(3 + 3 + 1 + 4, texts.Count);
        return texts;
    }

    private async Task<IEnumerable<string>> AllAsync(string collection) =>
        (await _store.QueryAsync(collection, new Sdk.Storage.DocumentQuery { PageSize = 1000 }, CancellationToken.None)).Items.Select(i => i.Json);

    private sealed class StopAfterFirst(CancellationTokenSource stop) : IProgress<KeyRotationProgress>
    {
        public void Report(KeyRotationProgress value) => stop.Cancel();
    }
}
