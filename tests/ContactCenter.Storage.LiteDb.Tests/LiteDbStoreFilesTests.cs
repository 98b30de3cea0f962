using ContactCenter.Kernel.Storage;
using LiteDB;
using Microsoft.Extensions.Time.Testing;

namespace ContactCenter.Storage.LiteDb.Tests;

/// <summary>Exclusive use of the data directory, and refusal of files that are not a ContactCenter store.</summary>
public sealed class LiteDbStoreFilesTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly FakeTimeProvider _time = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task InitializeAsync_SecondStoreOnSameDirectory_FailsSayingTheDirectoryIsInUse()
    {
        using var first = new LiteDbDocumentStore(_directory.Path, _time);
        await first.InitializeAsync(CancellationToken.None);
        await first.CommitAsync(new WriteBatch().Upsert("k.things", "a", "{}"), CancellationToken.None);
        using var second = new LiteDbDocumentStore(_directory.Path, _time);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => second.InitializeAsync(CancellationToken.None).AsTask());

        Assert.Contains("is in use", error.Message, StringComparison.Ordinal);
        Assert.Contains(_directory.Path, error.Message, StringComparison.Ordinal);
        Assert.NotNull(await first.GetAsync("k.things", "a", CancellationToken.None));
        Assert.False((await second.ProbeAsync(CancellationToken.None)).Healthy);
    }

    [Fact]
    public async Task InitializeAsync_AfterTheFirstStoreIsDisposed_OpensTheSameData()
    {
        using (var first = new LiteDbDocumentStore(_directory.Path, _time))
        {
            await first.InitializeAsync(CancellationToken.None);
            await first.CommitAsync(new WriteBatch().Upsert("k.things", "a", "{\"n\":1}"), CancellationToken.None);
        }

        using var second = new LiteDbDocumentStore(_directory.Path, _time);
        await second.InitializeAsync(CancellationToken.None);

        Assert.Equal("{\"n\":1}", (await second.GetAsync("k.things", "a", CancellationToken.None))!.Json);
    }

    [Theory]
    [InlineData("this is a text file, not a database")]
    [InlineData("")]
    public async Task InitializeAsync_ForeignFile_FailsNamingTheFileAndLeavesItUnchanged(string prefix)
    {
        var path = _directory.File("contactcenter.db");
        var content = System.Text.Encoding.UTF8.GetBytes(prefix).Concat(new byte[8192 * 2]).Take(8192 * 2).ToArray();
        content[^1] = 7;
        await File.WriteAllBytesAsync(path, content);
        using var store = new LiteDbDocumentStore(_directory.Path, _time);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(CancellationToken.None).AsTask());

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a ContactCenter store", error.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task InitializeAsync_FileCutShort_FailsNamingTheFileAndLeavesItUnchanged()
    {
        await CreateStoreWithDataAsync();
        var path = _directory.File("contactcenter.db");
        var bytes = (await File.ReadAllBytesAsync(path))[..5000];
        await File.WriteAllBytesAsync(path, bytes);
        using var store = new LiteDbDocumentStore(_directory.Path, _time);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(CancellationToken.None).AsTask());

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task InitializeAsync_LiteDbFileWithCultureCollation_FailsNamingTheFile()
    {
        var path = _directory.File("contactcenter.db");
        using (var other = new LiteDatabase($"Filename={path};Connection=direct"))
        {
            other.GetCollection("x").Insert(new BsonDocument { ["_id"] = 1 });
        }

        using var store = new LiteDbDocumentStore(_directory.Path, _time);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync(CancellationToken.None).AsTask());

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("collation", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task InitializeAsync_MissingDataDirectory_IsCreated()
    {
        var nested = Path.Combine(_directory.Path, "a", "b");
        using var store = new LiteDbDocumentStore(nested, _time);

        await store.InitializeAsync(CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(nested, "contactcenter.db")));
        Assert.True((await store.ProbeAsync(CancellationToken.None)).Healthy);
    }

    private async Task CreateStoreWithDataAsync()
    {
        using var store = new LiteDbDocumentStore(_directory.Path, _time);
        await store.InitializeAsync(CancellationToken.None);
        await store.CommitAsync(new WriteBatch().Upsert("k.things", "a", "{}"), CancellationToken.None);
    }
}
