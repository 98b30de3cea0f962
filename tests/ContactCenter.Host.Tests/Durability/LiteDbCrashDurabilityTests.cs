using ContactCenter.Kernel.Backup;
using ContactCenter.Kernel.Storage;
using ContactCenter.Storage.LiteDb;
using Xunit.Abstractions;

namespace ContactCenter.Host.Tests.Durability;

/// <summary>
/// Crash durability on the embedded store. LiteDB's own file streams are buffered and flushed only at checkpoints;
/// the store opens its files unbuffered and fsyncs the log once per group commit before acknowledging, which is
/// what this test proves under SIGKILL.
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class LiteDbCrashDurabilityTests(ITestOutputHelper output) : CrashDurabilityTests(output)
{
    protected override Task<string[]> HostArgumentsAsync() => Task.FromResult<string[]>(["--CC:Storage:Provider=LiteDb"]);

    protected override async Task<(IDocumentStore Store, IStoreCatalog? Catalog, IAsyncDisposable Owner)> OpenStoreAsync()
    {
        var store = new LiteDbDocumentStore(DataDirectory, TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        return (store, store, new Disposer(store));
    }

    private sealed class Disposer(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
