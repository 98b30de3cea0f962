using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ContactCenter.Kernel.Routing;

/// <summary>
/// Calls a queue's strategy by name through <see cref="IRoutingStrategyProvider"/> on the thread pool (never on a
/// grain's thread) with a wall-clock budget, and falls back to <see cref="LongestIdleStrategy"/> when the strategy is
/// unknown, fails, overruns, or no provider is installed.
/// </summary>
internal sealed partial class StrategyInvoker(IServiceProvider services, LongestIdleStrategy fallback, IOptions<RoutingOptions> options, ILogger<StrategyInvoker> logger)
{
    /// <summary>The strategy's ranking, and whether it came from the fallback instead of the named strategy.</summary>
    public async Task<(RoutingDecision Decision, bool FellBack)> RankAsync(string? strategyName, RoutingRequest request)
    {
        if (strategyName is null || strategyName == LongestIdleStrategy.StrategyName)
        {
            return (await fallback.RankAsync(request, CancellationToken.None).ConfigureAwait(false), false);
        }

        var decision = await TryProviderAsync(strategyName, request).ConfigureAwait(false);
        if (decision is null)
        {
            LogFallback(strategyName, request.InteractionId);
            return (await fallback.RankAsync(request, CancellationToken.None).ConfigureAwait(false), true);
        }

        return (decision, false);
    }

    private async Task<RoutingDecision?> TryProviderAsync(string strategyName, RoutingRequest request)
    {
        if (services.GetService<IRoutingStrategyProvider>() is not { } provider)
        {
            return null;
        }

        var budget = options.Value.StrategyBudget;
        using var cancel = new CancellationTokenSource(budget);
        try
        {
            // Task.Run: a strategy that blocks its thread must not block the dispatcher's.
            return await Task.Run(() => provider.TryRankAsync(strategyName, request, cancel.Token).AsTask(), CancellationToken.None)
                .WaitAsync(budget, TimeProvider.System).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogOverran(strategyName, budget);
            return null;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Plugin boundary: whatever a strategy throws, routing carries on with the built-in strategy.
            LogFailed(error, strategyName);
            return null;
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "Routing strategy {Strategy} gave no decision for {InteractionId}; used longest-idle")]
    private partial void LogFallback(string strategy, string interactionId);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Routing strategy {Strategy} overran its budget of {Budget}")]
    private partial void LogOverran(string strategy, TimeSpan budget);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Error, Message = "Routing strategy {Strategy} failed")]
    private partial void LogFailed(Exception error, string strategy);
}
