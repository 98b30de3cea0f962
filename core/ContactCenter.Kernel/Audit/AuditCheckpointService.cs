using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Audit;

/// <summary>Seals the tail of the log with a signed checkpoint every <see cref="AuditOptions.CheckpointIntervalSeconds"/>, and once more when the host stops.</summary>
internal sealed partial class AuditCheckpointService(IAuditLog log, Time.KernelTime time, IOptions<AuditOptions> options, ILogger<AuditCheckpointService> logger)
    : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await SealAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.CheckpointIntervalSeconds), time.Provider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await SealAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes the last checkpoint.
        }
    }

    private async Task SealAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await log.CheckpointAsync(cancellationToken).ConfigureAwait(false) is { } checkpoint)
            {
                LogSealed(checkpoint.Sequence, checkpoint.KeyId);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A store outage must not stop the host; the next tick tries again and the entries stay chained meanwhile.
            LogFailed(ex);
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug, Message = "Audit log sealed up to entry {Sequence} with key {KeyId}")]
    private partial void LogSealed(long sequence, string keyId);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Could not write an audit checkpoint; retrying at the next interval")]
    private partial void LogFailed(Exception exception);
}
