using Microsoft.Extensions.Hosting;

namespace ContactCenter.Kernel.Dispositions;

/// <summary>Seeds the built-in disposition codes at start-up, once the store is open and before the silo starts.</summary>
internal sealed class DispositionSeeder(DispositionCatalog catalog) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => catalog.SeedAsync(cancellationToken).AsTask();

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
