using System.Threading.Channels;
using ContactCenter.Kernel.Metrics;
using ContactCenter.Kernel.Time;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>
/// Tells one wallboard circuit when to redraw, in-process and without the browser polling: at every metrics publication
/// interval (so waits and staleness move on their own), and shortly after any lifecycle or presence event (so a new or
/// accepted chat shows at once rather than at the next tick). Bursts of events give one redraw.
/// </summary>
internal sealed class WallboardFeed(IEventBus bus, IMetricsReader metrics, KernelTime time) : IAsyncDisposable
{
    // Lets the metrics engine, a sibling subscriber of the same event, apply it before the wallboard reads.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly List<IDisposable> _subscriptions = [];
    private Task _loop = Task.CompletedTask;

    /// <summary>Raised when the wallboard should read again.</summary>
    public event Func<Task>? Changed;

    /// <summary>Starts listening; a second call (another supervisor page of the same circuit) changes nothing.</summary>
    public void Start()
    {
        if (_subscriptions.Count > 0)
        {
            return;
        }

        _subscriptions.Add(bus.Subscribe(EventTypes.InteractionTransitioned, Signal));
        _subscriptions.Add(bus.Subscribe(EventTypes.PresenceChanged, Signal));
        _subscriptions.Add(bus.Subscribe(EventTypes.MetricAlertRaised, Signal));
        _subscriptions.Add(bus.Subscribe(EventTypes.MetricAlertCleared, Signal));
        _loop = Task.Run(() => RunAsync(_stop.Token), CancellationToken.None);
    }

    private ValueTask Signal(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        _signals.Writer.TryWrite(true);
        return ValueTask.CompletedTask;
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                tick.CancelAfter(metrics.Options.PublishInterval);
                try
                {
                    await _signals.Reader.WaitToReadAsync(tick.Token).ConfigureAwait(false);
                    _signals.Reader.TryRead(out _);
                    await Task.Delay(Settle, time.Provider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // The publication interval passed without an event: redraw anyway.
                }

                if (Changed is { } handler)
                {
                    await handler().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The circuit ended.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _subscriptions.ForEach(s => s.Dispose());
        _subscriptions.Clear();
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
