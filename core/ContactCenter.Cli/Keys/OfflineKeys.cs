using ContactCenter.Cli.Offline;
using ContactCenter.Kernel.Security.Encryption.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Cli.Keys;

/// <summary>
/// The kernel's <see cref="IKeyManager"/> over the data directory's embedded store (opened by <see cref="OfflineKernel"/>),
/// while no host runs (the store's exclusive lock proves it). The key provider is configured as for the host
/// (<c>CC__Encryption__…</c> environment variables).
/// </summary>
internal sealed class OfflineKeys(ServiceProvider services) : IAsyncDisposable
{
    public IKeyManager Manager => services.GetRequiredService<IKeyManager>();

    public IServiceProvider Services => services;

    public static async ValueTask<OfflineKeys> OpenAsync(string dataDirectory, CancellationToken cancellationToken) =>
        new(await OfflineKernel.OpenServicesAsync(dataDirectory, "cc keys works on the embedded store only", cancellationToken).ConfigureAwait(false));

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
