namespace ContactCenter.Sdk.Routing;

/// <summary>
/// A named routing strategy: ranks the agents who can serve a piece of work. The kernel owns everything else
/// (eligibility, reservation, offer timeout, re-queue), and tries the ranked agents in order.
/// Queues refer to strategies by <see cref="Name"/>.
/// </summary>
public interface IRoutingStrategy
{
    /// <summary>The strategy's name, unique across the platform (e.g. <c>longest-idle</c>).</summary>
    string Name { get; }

    /// <summary>Ranks the candidates for the work in <paramref name="request"/>, best first.</summary>
    /// <param name="request">The work and the eligible, available candidates.</param>
    /// <param name="cancellationToken">Cancelled when the call overruns its time budget; the kernel then falls back to its default.</param>
    /// <returns>The candidates to try, best first; an empty ranking leaves the work waiting.</returns>
    ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken);
}
