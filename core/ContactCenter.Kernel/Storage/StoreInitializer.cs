using Microsoft.Extensions.Hosting;

namespace ContactCenter.Kernel.Storage;

/// <summary>
/// Opens the store and creates the kernel collections before any other hosted service starts (Orleans included), so
/// a wrong or unreachable store stops start-up with the provider's message.
/// </summary>
internal sealed class StoreInitializer(IDocumentStore store) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        foreach (var collection in KernelCollections.All)
        {
            await store.EnsureCollectionAsync(collection, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
