using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Kernel.Routing;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Routing;

/// <summary>
/// Routing strategies by name: the built-in ones registered in the host's container, and those of active plugins
/// (names are unique: a plugin whose strategy name is taken is refused at load). Calls are isolated; any failure,
/// overrun or unknown name gives <see langword="null"/> so routing falls back to its default.
/// </summary>
internal sealed partial class PluginRoutingStrategyProvider(PluginCatalog catalog, PluginInvoker invoker, ILogger<PluginRoutingStrategyProvider> logger) : IRoutingStrategyProvider
{
    public IReadOnlyCollection<string> Names =>
        catalog.BuiltInStrategies.Select(s => s.Name)
            .Concat(catalog.All.Select(r => r.Current).Where(v => v?.State == PluginState.Active).SelectMany(v => v!.Instance?.Strategies ?? []).Select(s => s.Name))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public async ValueTask<RoutingDecision?> TryRankAsync(string strategyName, RoutingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (catalog.BuiltInStrategies.FirstOrDefault(s => s.Name == strategyName) is { } builtIn)
        {
            return await RankBuiltInAsync(builtIn, request, cancellationToken).ConfigureAwait(false);
        }

        foreach (var runtime in catalog.All)
        {
            var version = runtime.Current;
            if (version?.Instance?.Strategies.FirstOrDefault(s => s.Name == strategyName) is not { } strategy)
            {
                continue;
            }

            if (!version.TryAcquire(out var lease))
            {
                return null;
            }

            using (lease)
            {
                var result = await invoker.InvokeAsync(version, $"routing strategy {strategyName}", ct => strategy.RankAsync(request, ct), invoker.Options.CallBudget, cancellationToken).ConfigureAwait(false);
                return result.Succeeded ? result.Value : null;
            }
        }

        LogUnknown(strategyName);
        return null;
    }

    private async ValueTask<RoutingDecision?> RankBuiltInAsync(IRoutingStrategy strategy, RoutingRequest request, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            return await strategy.RankAsync(request, budget.Token).AsTask().WaitAsync(invoker.Options.CallBudget, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await budget.CancelAsync().ConfigureAwait(false);
            LogBuiltInFailed(null, strategy.Name, "overran its budget");
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Routing falls back to its default whatever a strategy throws; the contract promises null, not an exception.
            LogBuiltInFailed(ex, strategy.Name, ex.Message);
            return null;
        }
    }

    [LoggerMessage(EventId = 2701, Level = LogLevel.Warning, Message = "No routing strategy named {Strategy}; routing falls back")]
    private partial void LogUnknown(string strategy);

    [LoggerMessage(EventId = 2702, Level = LogLevel.Warning, Message = "Built-in routing strategy {Strategy} failed: {Reason}; routing falls back")]
    private partial void LogBuiltInFailed(Exception? exception, string strategy, string reason);
}
