using ContactCenter.Sdk.Routing;

namespace CcPlugin.Name;

/// <summary>The routing strategy: ranks the eligible agents for one queued interaction, best first.</summary>
public sealed class Strategy : IRoutingStrategy
{
    /// <inheritdoc />
    public string Name => "cc-plugin-id";

    /// <inheritdoc />
    public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();

        // Fewest active interactions first, then longest idle, then agent id so that equal input ranks the same.
        var ranking = request.Candidates
            .OrderBy(c => c.ActiveInteractions)
            .ThenBy(c => c.IdleSince ?? request.Now)
            .ThenBy(c => c.AgentId, StringComparer.Ordinal)
            .Select((c, index) => new RankedCandidate(c.AgentId, request.Candidates.Count - index))
            .ToList();
        return ValueTask.FromResult(new RoutingDecision(ranking, "least busy, then longest idle"));
    }
}
