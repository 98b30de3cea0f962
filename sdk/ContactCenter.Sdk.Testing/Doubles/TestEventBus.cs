using ContactCenter.Kernel.Events;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Sdk.Testing.Doubles;

/// <summary>
/// The kernel's real in-process event bus (each subscription its own ordered mailbox), recording every event
/// published on it: by the plugin (its source forced to <c>/plugins/{pluginId}</c> by the kernel), by the kernel
/// doubles, and by the test. Publish from a test to drive the plugin's subscriptions.
/// </summary>
public sealed class TestEventBus : IEventBus, IAsyncDisposable
{
    private readonly InProcessEventBus _bus;
    private readonly Lock _gate = new();
    private readonly List<CloudEvent> _published = [];
    private readonly List<(Func<CloudEvent, bool> Match, TaskCompletionSource<CloudEvent> Done)> _waiters = [];

    internal TestEventBus(ILoggerFactory loggerFactory)
    {
        _bus = new InProcessEventBus(loggerFactory.CreateLogger<InProcessEventBus>());
    }

    /// <summary>Every event published so far, in publication order.</summary>
    public IReadOnlyList<CloudEvent> Published
    {
        get
        {
            lock (_gate)
            {
                return [.. _published];
            }
        }
    }

    /// <inheritdoc />
    public ValueTask PublishAsync(CloudEvent cloudEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        lock (_gate)
        {
            _published.Add(cloudEvent);
            foreach (var waiter in _waiters.Where(w => w.Match(cloudEvent)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(cloudEvent);
            }
        }

        return _bus.PublishAsync(cloudEvent, cancellationToken);
    }

    /// <inheritdoc />
    public IDisposable Subscribe(string typePattern, Func<CloudEvent, CancellationToken, ValueTask> handler) =>
        _bus.Subscribe(typePattern, handler);

    /// <summary>Waits for an event matching <paramref name="match"/>, published already or later.</summary>
    /// <param name="match">Which event.</param>
    /// <param name="timeout">How long to wait (wall-clock); 10 s by default.</param>
    /// <returns>The first matching event.</returns>
    /// <exception cref="TimeoutException">No matching event was published in time.</exception>
    public async Task<CloudEvent> WaitForAsync(Func<CloudEvent, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        var done = new TaskCompletionSource<CloudEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_published.FirstOrDefault(match) is { } already)
            {
                return already;
            }

            _waiters.Add((match, done));
        }

        var limit = timeout ?? TimeSpan.FromSeconds(10);
        try
        {
            return await done.Task.WaitAsync(limit, System.TimeProvider.System).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _waiters.RemoveAll(w => w.Done == done);
            }

            throw new TimeoutException($"No matching event was published within {limit.TotalSeconds:0.###} s; published: {string.Join(", ", Published.Select(e => e.Type))}.");
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _bus.DisposeAsync();
}
