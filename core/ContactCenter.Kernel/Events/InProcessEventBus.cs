using System.Threading.Channels;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Events;

/// <summary>
/// The in-process event bus. Each subscription has its own bounded mailbox and one consumer, so a slow subscriber
/// delays only itself and sees events in publication order. Durable facts (interaction transitions) are in the store's
/// event log already; the bus carries notifications, and a subscriber that falls more than
/// <see cref="MailboxCapacity"/> events behind loses the oldest ones, which is logged.
/// </summary>
internal sealed partial class InProcessEventBus : IEventBus, IAsyncDisposable
{
    /// <summary>How many undelivered events a subscription may hold.</summary>
    public const int MailboxCapacity = 10_000;

    private readonly ILogger<InProcessEventBus> _logger;
    private readonly TimeSpan _handlerBudget;
    private volatile Subscription[] _subscriptions = [];
    private readonly Lock _gate = new();

    public InProcessEventBus(ILogger<InProcessEventBus> logger)
        : this(logger, TimeSpan.FromSeconds(10))
    {
    }

    public InProcessEventBus(ILogger<InProcessEventBus> logger, TimeSpan handlerBudget)
    {
        _logger = logger;
        _handlerBudget = handlerBudget;
    }

    public ValueTask PublishAsync(CloudEvent cloudEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        foreach (var subscription in _subscriptions)
        {
            if (subscription.Matches(cloudEvent.Type) && !subscription.Mailbox.Writer.TryWrite(cloudEvent))
            {
                LogDropped(subscription.Pattern, cloudEvent.Type);
            }
        }

        return ValueTask.CompletedTask;
    }

    public IDisposable Subscribe(string typePattern, Func<CloudEvent, CancellationToken, ValueTask> handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(typePattern);
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, typePattern, handler);
        lock (_gate)
        {
            _subscriptions = [.. _subscriptions, subscription];
        }

        subscription.Start();
        return subscription;
    }

    public async ValueTask DisposeAsync()
    {
        Subscription[] all;
        lock (_gate)
        {
            all = _subscriptions;
            _subscriptions = [];
        }

        foreach (var subscription in all)
        {
            await subscription.StopAsync().ConfigureAwait(false);
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_gate)
        {
            _subscriptions = _subscriptions.Where(s => s != subscription).ToArray();
        }
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Event subscriber {Pattern} is too far behind; dropped its oldest event to deliver {Type}")]
    private partial void LogDropped(string pattern, string type);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Event subscriber {Pattern} failed on {Type}")]
    private partial void LogHandlerFailed(Exception exception, string pattern, string type);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Event subscriber {Pattern} overran its time budget on {Type}")]
    private partial void LogHandlerTimedOut(string pattern, string type);

    private sealed class Subscription : IDisposable
    {
        private readonly InProcessEventBus _bus;
        private readonly Func<CloudEvent, CancellationToken, ValueTask> _handler;
        private readonly CancellationTokenSource _stop = new();
        private readonly bool _isPrefix;
        private readonly string _prefix;
        private Task _pump = Task.CompletedTask;

        public Subscription(InProcessEventBus bus, string pattern, Func<CloudEvent, CancellationToken, ValueTask> handler)
        {
            _bus = bus;
            _handler = handler;
            Pattern = pattern;
            _isPrefix = pattern.EndsWith('*');
            _prefix = _isPrefix ? pattern[..^1] : pattern;
            Mailbox = Channel.CreateBounded<CloudEvent>(new BoundedChannelOptions(MailboxCapacity)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.DropOldest,
            });
        }

        public string Pattern { get; }

        public Channel<CloudEvent> Mailbox { get; }

        public bool Matches(string type) => _isPrefix ? type.StartsWith(_prefix, StringComparison.Ordinal) : type == _prefix;

        public void Start() => _pump = Task.Run(PumpAsync);

        public void Dispose()
        {
            _bus.Remove(this);
            Mailbox.Writer.TryComplete();
            _stop.Cancel();
        }

        public async Task StopAsync()
        {
            Dispose();
            await _pump.ConfigureAwait(false);
            _stop.Dispose();
        }

        private async Task PumpAsync()
        {
            try
            {
                await foreach (var cloudEvent in Mailbox.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
                {
                    await DeliverAsync(cloudEvent).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                // Unsubscribed: undelivered events are dropped with the subscription.
            }
        }

        private async Task DeliverAsync(CloudEvent cloudEvent)
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            budget.CancelAfter(_bus._handlerBudget);
            try
            {
                await _handler(cloudEvent, budget.Token).AsTask().WaitAsync(budget.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (budget.IsCancellationRequested && !_stop.IsCancellationRequested)
            {
                _bus.LogHandlerTimedOut(Pattern, cloudEvent.Type);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A subscriber's failure must not stop delivery to it or to anyone else.
                _bus.LogHandlerFailed(ex, Pattern, cloudEvent.Type);
            }
        }
    }
}
