using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Plugins;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Plugins.Isolation;

/// <summary>
/// The one way into plugin code: off the caller's thread, within a time budget, counted by the version's circuit
/// breaker. A plugin that throws, blocks a thread forever or returns a task that never completes costs the caller at
/// most the budget; once the breaker trips the version is Faulted and gets no new work.
/// </summary>
internal sealed partial class PluginInvoker
{
    private readonly PluginStateNotifier _notifier;
    private readonly ILogger<PluginInvoker> _logger;

    // Budgets are wall-clock watchdogs, not business time: a fake clock in tests must not stall isolation.
    private readonly TimeProvider _watchdog;

    public PluginInvoker(IOptions<PluginHostOptions> options, PluginStateNotifier notifier, ILogger<PluginInvoker> logger)
        : this(options, notifier, logger, TimeProvider.System)
    {
    }

    public PluginInvoker(IOptions<PluginHostOptions> options, PluginStateNotifier notifier, ILogger<PluginInvoker> logger, TimeProvider watchdog)
    {
        Options = options.Value;
        _notifier = notifier;
        _logger = logger;
        _watchdog = watchdog;
    }

    public PluginHostOptions Options { get; }

    /// <summary>Calls plugin code that returns nothing.</summary>
    public async ValueTask<PluginCallResult<bool>> InvokeAsync(PluginVersion version, string operation, Func<CancellationToken, ValueTask> call, TimeSpan? budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return await InvokeAsync(
            version,
            operation,
            async ct =>
            {
                await call(ct).ConfigureAwait(false);
                return true;
            },
            budget,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Calls plugin code that returns a value.</summary>
    /// <param name="version">The version whose code runs (its breaker counts the outcome).</param>
    /// <param name="operation">What is called, for reasons and logs (e.g. <c>HTTP handler</c>).</param>
    /// <param name="call">The call; it receives a token cancelled at the budget, by the caller, or at unload.</param>
    /// <param name="budget">The time budget, or <see langword="null"/> for a session bounded by the caller (WebSockets).</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>The outcome; never throws for the plugin's failures.</returns>
    public async ValueTask<PluginCallResult<T>> InvokeAsync<T>(PluginVersion version, string operation, Func<CancellationToken, ValueTask<T>> call, TimeSpan? budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(call);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, version.Stopping);
        var token = linked.Token;

        // Task.Run: a plugin that blocks synchronously blocks a pool thread, never the caller's.
        var task = Task.Run(async () => await call(token).ConfigureAwait(false), CancellationToken.None);
        try
        {
            var value = budget is { } limit
                ? await task.WaitAsync(limit, _watchdog, cancellationToken).ConfigureAwait(false)
                : await task.WaitAsync(cancellationToken).ConfigureAwait(false);
            version.Breaker.RecordSuccess();
            return new PluginCallResult<T>(PluginCallOutcome.Succeeded, value, null, null);
        }
        catch (TimeoutException)
        {
            await linked.CancelAsync().ConfigureAwait(false);
            Abandon(task);
            var reason = $"{operation} did not complete within {Describe(budget!.Value)}";
            await FailAsync(version, operation, reason, null).ConfigureAwait(false);
            return new PluginCallResult<T>(PluginCallOutcome.TimedOut, default, null, reason);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || version.Stopping.IsCancellationRequested)
        {
            Abandon(task);
            return new PluginCallResult<T>(PluginCallOutcome.Cancelled, default, null, $"{operation} was cancelled");
        }
        catch (Exception ex)
        {
            // Plugin boundary: whatever the plugin threw is its failure, recorded against it, never the kernel's.
            var reason = $"{operation} threw {ex.GetType().Name}: {ex.Message}";
            await FailAsync(version, operation, reason, ex).ConfigureAwait(false);
            return new PluginCallResult<T>(PluginCallOutcome.Failed, default, ex, reason);
        }
    }

    /// <summary>Marks a version Faulted at once (a failed start), publishing the change.</summary>
    public ValueTask FaultAsync(PluginVersion version, string reason)
    {
        ArgumentNullException.ThrowIfNull(version);
        version.SetState(PluginState.Faulted, reason);
        return _notifier.ChangedAsync(version.PluginId, version.Version, PluginState.Faulted, reason);
    }

    public static string Describe(TimeSpan budget) =>
        budget.TotalSeconds >= 1 ? $"{budget.TotalSeconds:0.###} s" : $"{budget.TotalMilliseconds:0} ms";

    private async ValueTask FailAsync(PluginVersion version, string operation, string reason, Exception? exception)
    {
        LogCallFailed(exception, version.PluginId, version.Version, operation, reason);
        if (version.Breaker.RecordFailure() && version.TryTransition(PluginState.Active, PluginState.Faulted, reason))
        {
            LogFaulted(version.PluginId, version.Version, reason);
            _notifier.Report(version.PluginId, healthy: false, $"Faulted: {reason}");
            await _notifier.ChangedAsync(version.PluginId, version.Version, PluginState.Faulted, reason).ConfigureAwait(false);
        }
    }

    private static void Abandon(Task task) =>
        _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Plugin {PluginId} {Version}: {Operation} failed: {Reason}")]
    private partial void LogCallFailed(Exception? exception, string pluginId, string version, string operation, string reason);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error, Message = "Plugin {PluginId} {Version} is Faulted and isolated: {Reason}")]
    private partial void LogFaulted(string pluginId, string version, string reason);
}
