using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ContactCenter.Kernel.Blobs;
using ContactCenter.Kernel.Security.Encryption;
using ContactCenter.Kernel.Storage;
using ContactCenter.Kernel.Storage.Memory;
using ContactCenter.Sdk.Errors;
using ContactCenter.Testing.Security;

namespace ContactCenter.Kernel.Tests.Blobs;

public sealed class BlobStoreTests : IAsyncLifetime
{
    private const int ChunkBytes = 64 * 1024;
    private static readonly string Chunks = KernelCollections.BlobChunks.Name;
    private readonly InMemoryDocumentStore _store = new(TimeProvider.System);
    private EncryptedKernel _kernel = null!;

    private IBlobStore Blobs => _kernel.Blobs;

    public async Task InitializeAsync() => _kernel = await EncryptedKernel.StartAsync(_store, new Dictionary<string, string?>
    {
        ["CC:Blobs:ChunkBytes"] = ChunkBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CC:Blobs:MaxBytes"] = (8 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(ChunkBytes)]
    [InlineData((3 * 1024 * 1024) + 17)]
    public async Task OpenReadAsync_AfterPut_ReturnsTheSameBytes(int length)
    {
        var content = RandomNumberGenerator.GetBytes(length);

        var info = await Blobs.PutAsync(new MemoryStream(content), "kernel");

        Assert.Equal(length, info.Length);
        Assert.Equal((length + ChunkBytes - 1) / ChunkBytes, info.ChunkCount);
        Assert.Equal(content, await ReadAllAsync(info.Id));
    }

    [Fact]
    public async Task OpenReadAsync_TamperedChunk_ThrowsDataTampered()
    {
        var info = await Blobs.PutAsync(new MemoryStream(RandomNumberGenerator.GetBytes(3 * ChunkBytes)), "kernel");
        await EditChunkAsync(info.Id, 1, data => (data[40] == 'A' ? "B" : "A") is var c ? data[..40] + c + data[41..] : data);

        await Assert.ThrowsAsync<DataTamperedException>(() => ReadAllAsync(info.Id));
    }

    [Fact]
    public async Task OpenReadAsync_LastChunkRemoved_ThrowsDataTampered()
    {
        var info = await Blobs.PutAsync(new MemoryStream(RandomNumberGenerator.GetBytes(3 * ChunkBytes)), "kernel");
        await _store.CommitAsync(new WriteBatch().Delete(Chunks, $"{info.Id}.000002"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<DataTamperedException>(() => ReadAllAsync(info.Id));

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenReadAsync_ChunksSwapped_ThrowsDataTampered()
    {
        var info = await Blobs.PutAsync(new MemoryStream(RandomNumberGenerator.GetBytes(2 * ChunkBytes)), "kernel");
        var first = await DataAsync(info.Id, 0);
        var second = await DataAsync(info.Id, 1);
        await EditChunkAsync(info.Id, 0, _ => second);
        await EditChunkAsync(info.Id, 1, _ => first);

        await Assert.ThrowsAsync<DataTamperedException>(() => ReadAllAsync(info.Id));
    }

    [Fact]
    public async Task PutAsync_TooLarge_ThrowsAndLeavesNothing()
    {
        await Assert.ThrowsAsync<RequestTooLargeException>(() => Blobs.PutAsync(new MemoryStream(new byte[(8 * 1024 * 1024) + 1]), "kernel").AsTask());

        Assert.Equal(0, await _store.CountAsync(Chunks, [], CancellationToken.None));
        Assert.Equal(0, await _store.CountAsync(KernelCollections.Blobs.Name, [], CancellationToken.None));
    }

    [Fact]
    public async Task DeleteAsync_RemovesManifestAndChunks()
    {
        var info = await Blobs.PutAsync(new MemoryStream(RandomNumberGenerator.GetBytes(3 * ChunkBytes)), "plugin/recorder");

        Assert.True(await Blobs.DeleteAsync(info.Id));

        Assert.Null(await Blobs.GetInfoAsync(info.Id));
        await Assert.ThrowsAsync<EntityNotFoundException>(() => Blobs.OpenReadAsync(info.Id).AsTask());
        Assert.Equal(0, await _store.CountAsync(Chunks, [], CancellationToken.None));
        Assert.False(await Blobs.DeleteAsync(info.Id));
    }

    private async Task<byte[]> ReadAllAsync(string id)
    {
        await using var stream = await Blobs.OpenReadAsync(id);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private async Task<string> DataAsync(string id, int index) =>
        JsonNode.Parse((await _store.GetAsync(Chunks, $"{id}.{index:D6}", CancellationToken.None))!.Json)!["data"]!.GetValue<string>();

    private async Task EditChunkAsync(string id, int index, Func<string, string> edit)
    {
        var raw = (await _store.GetAsync(Chunks, $"{id}.{index:D6}", CancellationToken.None))!;
        var node = JsonNode.Parse(raw.Json)!;
        node["data"] = edit(node["data"]!.GetValue<string>());
        await _store.CommitAsync(new WriteBatch().Replace(Chunks, raw.Id, node.ToJsonString(), raw.Version), CancellationToken.None);
    }
}
