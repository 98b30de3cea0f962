using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Sla;

/// <summary>Runs the SLA heartbeat on the host's clock: once at start, then every <see cref="SlaOptions.ProbeInterval"/>.</summary>
internal sealed partial class SlaHeartbeatService(SlaHeartbeat heartbeat, TimeProvider time, IOptions<SlaOptions> options, ILogger<SlaHeartbeatService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RunSafelyAsync(heartbeat.StartAsync, stoppingToken).ConfigureAwait(false);
        using var timer = new PeriodicTimer(options.Value.ProbeInterval, time);
        do
        {
            await RunSafelyAsync(heartbeat.TickAsync, stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task RunSafelyAsync(Func<CancellationToken, Task> step, CancellationToken stoppingToken)
    {
        try
        {
            await step(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // The heartbeat must keep ticking whatever one tick hit: a stopped heartbeat would hide every later outage.
            LogTickFailed(ex);
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Error, Message = "SLA heartbeat tick failed")]
    private partial void LogTickFailed(Exception exception);
}
