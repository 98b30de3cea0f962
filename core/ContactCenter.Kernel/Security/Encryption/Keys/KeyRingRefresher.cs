using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Security.Encryption.Keys;

/// <summary>
/// Re-reads the key ring every <see cref="EncryptionOptions.RefreshInterval"/>, so that new writes on this node move to
/// a data key another node rotated in. Runs on the host's clock, not the kernel's, so faked kernel time does not stop it.
/// </summary>
internal sealed partial class KeyRingRefresher(KeyRing ring, IOptions<EncryptionOptions> options, TimeProvider time, ILogger<KeyRingRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await ring.LoadAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Keep encrypting and decrypting with the last good ring; the store or the key provider may be back next time.
                    LogRefreshFailed(ex, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Could not reload the encryption key ring; keeping the last one loaded: {Reason}")]
    private partial void LogRefreshFailed(Exception exception, string reason);
}
