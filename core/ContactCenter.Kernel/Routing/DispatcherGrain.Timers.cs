using ContactCenter.Kernel.Interactions;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Routing;

/// <summary>What the dispatcher does on its own: resync with the store, apply time, publish queue snapshots.</summary>
internal sealed partial class DispatcherGrain
{
    private async Task LoadQueuesAsync()
    {
        var queues = await directory.Queues.ListAsync().ConfigureAwait(true);
        _engine.SetQueues(queues.Select(q => q.Value), time.GetUtcNow());
    }

    private async Task ResyncAsync(CancellationToken cancellationToken)
    {
        await LoadQueuesAsync().ConfigureAwait(true);
        var stored = await reader.ReadWaitingAsync().ConfigureAwait(true);
        var seen = stored.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var snapshot in stored)
        {
            Apply(snapshot);
        }

        foreach (var id in _waiting.Keys.Where(id => !seen.Contains(id)).ToList())
        {
            if (await reader.ReadAsync(id).ConfigureAwait(true) is { } latest)
            {
                Apply(latest);
            }
        }

        _engine.ReleaseHolds();
        SchedulePass();
    }

    /// <summary>Applies what time changed, moves work past its longest wait to self-service, and publishes changed queues.</summary>
    private async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        _engine.Tick(now);
        foreach (var expired in _engine.TakeExpired())
        {
            var moved = await GrainFactory.GetGrain<IInteractionGrain>(expired.Id).StartSelfServiceAsync().ConfigureAwait(true);
            if (moved.Value is { } snapshot)
            {
                LogMaxWait(expired.Id, expired.Queue.Id);
                Apply(snapshot);
            }
            else
            {
                LogMaxWaitFailed(expired.Id, moved.Fault!.Message);
                _engine.ExpireFailed(expired.Id);
            }
        }

        foreach (var queueId in _engine.TakeChangedQueues())
        {
            if (_engine.Snapshot(queueId, now, options.Value.SnapshotPositions) is { } snapshot)
            {
                await events.PublishAsync(CloudEvent.Create(EventTypes.QueueSnapshot, "/kernel/routing", queueId, now, snapshot, KernelJson.Options), cancellationToken)
                    .ConfigureAwait(true);
            }
        }

        SchedulePass();
    }

    [LoggerMessage(EventId = 3206, Level = LogLevel.Information, Message = "Interaction {InteractionId} waited past the longest wait of queue {QueueId}; moved to self-service")]
    private partial void LogMaxWait(string interactionId, string queueId);

    [LoggerMessage(EventId = 3207, Level = LogLevel.Warning, Message = "Interaction {InteractionId} waited past its queue's longest wait but could not move to self-service: {Reason}")]
    private partial void LogMaxWaitFailed(string interactionId, string reason);
}
