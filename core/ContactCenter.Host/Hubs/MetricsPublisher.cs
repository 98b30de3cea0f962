using ContactCenter.Host.Api.Metrics;
using ContactCenter.Kernel.CenterDirectory;
using ContactCenter.Kernel.Metrics;
using Microsoft.AspNetCore.SignalR;

namespace ContactCenter.Host.Hubs;

/// <summary>
/// Publishes the real-time metrics on <c>/hubs/supervisor</c> every <c>CC:Metrics:PublishInterval</c> (at most 2 s):
/// the whole snapshot to unscoped supervisors, and to each team's group only what that team may see
/// (<see cref="MetricsVisibility"/>).
/// </summary>
internal sealed partial class MetricsPublisher(
    IMetricsReader reader, MetricsVisibility visibility, IDirectory directory, IHubContext<SupervisorHub, ISupervisorClient> supervisors,
    TimeProvider clock, ILogger<MetricsPublisher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(reader.Options.PublishInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await PublishAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One failed publication must not end the feed; supervisors get the next one.
                    LogPublishFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        var snapshot = reader.Snapshot(null);
        await supervisors.Clients.Group(HubGroups.Supervisors).MetricsUpdated(snapshot).ConfigureAwait(false);
        foreach (var team in await directory.Teams.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var mine = await visibility.ForTeamsAsync(new HashSet<string>([team.Id], StringComparer.Ordinal), snapshot, cancellationToken).ConfigureAwait(false);
            await supervisors.Clients.Group(HubGroups.Team(team.Id)).MetricsUpdated(mine).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 8111, Level = LogLevel.Warning, Message = "Could not publish real-time metrics on the supervisor hub")]
    private partial void LogPublishFailed(Exception exception);
}
