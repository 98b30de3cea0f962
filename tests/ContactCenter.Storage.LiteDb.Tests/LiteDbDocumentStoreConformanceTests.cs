using ContactCenter.Kernel.Storage;
using ContactCenter.Testing.Storage;

namespace ContactCenter.Storage.LiteDb.Tests;

/// <summary>The LiteDB provider, on a real file in a temporary directory, against the shared storage contract.</summary>
public sealed class LiteDbDocumentStoreConformanceTests : DurableDocumentStoreConformanceTests, IDisposable
{
    private readonly TempDirectory _directory = new();

    // xunit disposes the store (DisposeAsync) before calling Dispose, so the files are closed by then.
    public void Dispose() => _directory.Dispose();

    protected override Task<IDocumentStore> CreateStoreAsync() =>
        Task.FromResult<IDocumentStore>(new LiteDbDocumentStore(_directory.Path, Time));

    protected override Task<IDocumentStore> ReopenStoreAsync()
    {
        ((LiteDbDocumentStore)Store).Dispose();
        return CreateStoreAsync();
    }
}
