using ContactCenter.Kernel.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContactCenter.Storage.LiteDb.Tests;

public sealed class LiteDbServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task AddLiteDbStore_DataDirectoryFromConfiguration_StoreUsesContactCenterDbThere()
    {
        using var provider = Build(_directory.Path);

        var store = provider.GetRequiredService<IDocumentStore>();
        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal("LiteDb", store.ProviderName);
        Assert.Same(provider.GetRequiredService<LiteDbDocumentStore>(), store);
        Assert.Equal(Path.Combine(_directory.Path, "contactcenter.db"), ((LiteDbDocumentStore)store).DataFilePath);
        Assert.True(File.Exists(_directory.File("contactcenter.db")));
    }

    [Fact]
    public void AddLiteDbStore_BlankDataDirectory_FailsNamingTheKey()
    {
        using var provider = Build("  ");

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IDocumentStore>());

        Assert.Contains("CC:Storage:DataDirectory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommitAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var store = new LiteDbDocumentStore(_directory.Path, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.CommitAsync(new WriteBatch().Upsert("k.x", "a", "{}"), CancellationToken.None).AsTask());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetAsync("k.x", "a", CancellationToken.None).AsTask());
        Assert.False((await store.ProbeAsync(CancellationToken.None)).Healthy);
    }

    private static ServiceProvider Build(string directory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CC:Storage:DataDirectory"] = directory })
            .Build();
        return new ServiceCollection().AddLogging().AddLiteDbStore(configuration).BuildServiceProvider();
    }
}
