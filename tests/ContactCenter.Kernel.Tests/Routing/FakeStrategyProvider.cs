using ContactCenter.Kernel.Routing;
using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Tests.Routing;

/// <summary>Stands in for the plugin host's provider: answers with a function the test chooses, and counts calls.</summary>
internal sealed class FakeStrategyProvider(Func<RoutingRequest, CancellationToken, ValueTask<RoutingDecision?>> rank) : IRoutingStrategyProvider
{
    private int _calls;

    public int Calls => _calls;

    public IReadOnlyCollection<string> Names => ["vip-first"];

    public ValueTask<RoutingDecision?> TryRankAsync(string strategyName, RoutingRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return rank(request, cancellationToken);
    }
}
