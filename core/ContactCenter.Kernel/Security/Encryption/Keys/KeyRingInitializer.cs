using ContactCenter.Kernel.Security.Encryption.Providers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>
/// Loads the key ring (creating it on a first start) right after the store opens and before any other hosted service
/// starts, Orleans included: nothing can read or write encrypted data before the keys are there. A missing or wrong
/// master key stops start-up with a message naming the key id, never the key.
/// </summary>
internal sealed class KeyRingInitializer(KeyRing ring) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ring.LoadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is KeyRingUnavailableException or InvalidDataException)
        {
            throw new OptionsValidationException(EncryptionOptions.Section, typeof(EncryptionOptions), [$"{EncryptionOptions.Section}: {ex.Message}"]);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
