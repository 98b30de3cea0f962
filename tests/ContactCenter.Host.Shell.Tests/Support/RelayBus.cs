using ContactCenter.Sdk.Events;

namespace ContactCenter.Host.Shell.Tests.Support;

/// <summary>An in-memory bus that hands each published event to the subscribers of its type, in the publisher's call.</summary>
internal sealed class RelayBus : IEventBus
{
    private readonly Lock _gate = new();
    private readonly List<(string Type, Func<CloudEvent, CancellationToken, ValueTask> Handler)> _handlers = [];

    public int Subscribers
    {
        get
        {
            lock (_gate)
            {
                return _handlers.Count;
            }
        }
    }

    public async ValueTask PublishAsync(CloudEvent cloudEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        List<Func<CloudEvent, CancellationToken, ValueTask>> matching;
        lock (_gate)
        {
            matching = [.. _handlers.Where(h => h.Type == cloudEvent.Type).Select(h => h.Handler)];
        }

        foreach (var handler in matching)
        {
            await handler(cloudEvent, cancellationToken);
        }
    }

    public IDisposable Subscribe(string typePattern, Func<CloudEvent, CancellationToken, ValueTask> handler)
    {
        var entry = (typePattern, handler);
        lock (_gate)
        {
            _handlers.Add(entry);
        }

        return new Subscription(() =>
        {
            lock (_gate)
            {
                _handlers.Remove(entry);
            }
        });
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
