using System.Collections.Concurrent;
using System.Text.Json;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Json;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Ivr;

/// <summary>
/// The latest position and estimated wait routing published for each waiting call: the kernel's queue snapshots
/// (<see cref="EventTypes.QueueSnapshot"/>, needs <c>events.subscribe</c>) kept per queue, so the hold loop can
/// announce "you are number N" and "about M minutes". Nothing is known until routing publishes a snapshot.
/// </summary>
internal sealed class VoiceQueuePositions(IEventBus bus) : IPluginBackgroundService
{
    private readonly JsonSerializerOptions _json = ContactCenterJson.CreateOptions();
    private readonly ConcurrentDictionary<string, QueueSnapshot> _queues = new(StringComparer.Ordinal);
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = bus.Subscribe(EventTypes.QueueSnapshot, OnSnapshotAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _queues.Clear();
        return Task.CompletedTask;
    }

    /// <summary>Keeps the newest snapshot of its queue (an older one arriving late is ignored).</summary>
    public void Update(QueueSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _queues.AddOrUpdate(snapshot.QueueId, snapshot, (_, current) => current.At > snapshot.At ? current : snapshot);
    }

    /// <summary>Where the interaction waits according to the newest snapshot that lists it, or null.</summary>
    public QueuePosition? Find(string interactionId) =>
        _queues.Values.OrderByDescending(q => q.At).SelectMany(q => q.Positions).FirstOrDefault(p => p.InteractionId == interactionId);

    /// <summary>
    /// How many agents routing last saw free for <paramref name="queueId"/>'s work (skills, presence, capacity), or
    /// null before its first snapshot. A hint only: the kernel's reservation at offer time is what decides.
    /// </summary>
    public int? AgentsAvailable(string queueId) => _queues.TryGetValue(queueId, out var snapshot) ? snapshot.AgentsAvailable : null;

    private ValueTask OnSnapshotAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (cloudEvent.GetData<QueueSnapshot>(_json) is { QueueId.Length: > 0 } snapshot)
        {
            Update(snapshot);
        }

        return ValueTask.CompletedTask;
    }
}
