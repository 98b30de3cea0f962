using ContactCenter.Sdk.Routing;
using Xunit;

namespace ContactCenter.Sdk.Testing.Conformance;

/// <summary>
/// The <see cref="IRoutingStrategy"/> contract, on top of <see cref="PluginConformance"/>: ranks only the candidates it
/// is given, each at most once; the same input gives the same ranking; one candidate and no candidate are handled; a
/// cancelled call stops with <see cref="OperationCanceledException"/>; a large set is ranked within the kernel's call
/// budget; every eligible set gets a decision; and the plugin unloads completely after use. Subclass it once per
/// strategy the plugin registers.
/// </summary>
public abstract partial class RoutingStrategyConformance : PluginConformance
{
    /// <summary>The strategy under test; <see langword="null"/> when the plugin registers one strategy.</summary>
    protected virtual string? StrategyName => null;

    /// <summary>How many candidates the budget check ranks (a big contact center's eligible agents for one queue).</summary>
    protected virtual int LargeCandidateCount => 2000;

    /// <summary>Every agent it ranks is one of the candidates, and none appears twice.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Rank_SeveralCandidates_OnlyGivenOnesNoDuplicates()
    {
        var request = Request(Candidates(12, seed: 1));

        var decision = await RankDirectAsync(request).ConfigureAwait(false);

        AssertRankingOf(request, decision);
        Assert.NotEmpty(decision.Ranking);
    }

    /// <summary>Ranking the same request twice, and the same candidates in another order, gives the same ranking.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Rank_EqualInput_SameRanking()
    {
        var candidates = Candidates(20, seed: 2);
        var request = Request(candidates);
        var reordered = Request([.. candidates.Reverse()]);

        var first = await RankDirectAsync(request).ConfigureAwait(false);
        var second = await RankDirectAsync(request).ConfigureAwait(false);
        var third = await RankDirectAsync(reordered).ConfigureAwait(false);

        Assert.Equal(Agents(first), Agents(second));
        Assert.Equal(Agents(first), Agents(third));
    }

    /// <summary>One eligible candidate is ranked (it is the only one to offer to).</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Rank_OneCandidate_RankedAlone()
    {
        var request = Request(Candidates(1, seed: 3));

        var decision = await RankDirectAsync(request).ConfigureAwait(false);

        Assert.Equal([request.Candidates[0].AgentId], Agents(decision));
    }

    /// <summary>No candidate gives an empty decision, not an exception or <see langword="null"/>.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Rank_NoCandidates_EmptyDecision()
    {
        var decision = await RankDirectAsync(Request([])).ConfigureAwait(false);

        Assert.NotNull(decision);
        Assert.Empty(decision.Ranking);
    }

    /// <summary>A call whose token is already cancelled stops with <see cref="OperationCanceledException"/>.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Rank_Cancelled_ThrowsOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync().ConfigureAwait(false);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RankDirectAsync(Request(Candidates(5, seed: 4)), cancelled.Token)).ConfigureAwait(false);
    }

    /// <summary>
    /// A large candidate set is ranked through the kernel's isolation within its call budget (an overrun gives no
    /// decision, and routing would fall back). The figure itself belongs in a benchmark; this checks the budget holds.
    /// </summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Rank_LargeSet_DecidedWithinBudget()
    {
        var request = Request(Candidates(LargeCandidateCount, seed: 5));

        var decision = await Kernel.RankAsync(request, StrategyName).ConfigureAwait(false);

        Assert.True(decision is not null, $"No decision for {LargeCandidateCount} candidates: the strategy failed or overran the call budget. Logs: {LastWarning()}");
        AssertRankingOf(request, decision);
    }

    /// <summary>Every subset of a candidate pool, of every size, gets a decision through the kernel that ranks only its members.</summary>
    /// <returns>The test.</returns>
    [Fact]
    public virtual async Task Rank_EveryEligibleSet_ReturnsDecision()
    {
        var pool = Candidates(6, seed: 6);
        for (var mask = 0; mask < 1 << pool.Count; mask++)
        {
            var subset = pool.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            var request = Request(subset);

            var decision = await Kernel.RankAsync(request, StrategyName).ConfigureAwait(false);

            Assert.True(decision is not null, $"No decision for {subset.Count} candidates ({string.Join(", ", subset.Select(c => c.AgentId))}). Logs: {LastWarning()}");
            AssertRankingOf(request, decision);
        }
    }

    /// <inheritdoc />
    protected override async Task ExerciseAsync()
    {
        await base.ExerciseAsync().ConfigureAwait(false);
        await RankDirectAsync(Request(Candidates(10, seed: 7))).ConfigureAwait(false);
        await Kernel.RankAsync(Request(Candidates(10, seed: 8)), StrategyName).ConfigureAwait(false);
    }
}
