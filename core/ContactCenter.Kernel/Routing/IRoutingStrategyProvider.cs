using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Routing;

/// <summary>
/// Finds routing strategies by name (built-in and from active plugins) and calls them with isolation: a time budget
/// and a circuit breaker. Routing falls back to its default strategy when this returns <see langword="null"/>.
/// </summary>
public interface IRoutingStrategyProvider
{
    /// <summary>The names of every strategy available now.</summary>
    IReadOnlyCollection<string> Names { get; }

    /// <summary>Ranks candidates with the named strategy.</summary>
    /// <param name="strategyName">The strategy name.</param>
    /// <param name="request">The work and candidates.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The decision, or <see langword="null"/> when the strategy is unknown, failed, or overran its budget.</returns>
    ValueTask<RoutingDecision?> TryRankAsync(string strategyName, RoutingRequest request, CancellationToken cancellationToken);
}
