using ContactCenter.Plugins.Routing.Predictive;
using ContactCenter.Sdk.Routing;
using static ContactCenter.Plugins.Routing.Tests.Requests;
using static ContactCenter.Plugins.Routing.Tests.Routing.Predictive.OutcomeModelTests;

namespace ContactCenter.Plugins.Routing.Tests.Routing.Predictive;

public sealed class PredictiveStrategyTests
{
    [Fact]
    public async Task Rank_Untrained_LongestIdleOrderAndSaysWhy()
    {
        var strategy = new PredictiveStrategy(new ModelHolder());

        var decision = await strategy.RankAsync(For([Agent("a", 10), Agent("b", 60)]), CancellationToken.None);

        Assert.Equal(["b", "a"], decision.Ranking.Select(r => r.AgentId));
        Assert.StartsWith("untrained for q/Chat (0 of 50 outcomes)", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rank_Trained_BestExpectedOutcomeFirstWhateverTheIdleTime()
    {
        var strategy = Trained(History("good", 40, 1).Concat(History("poor", 40, 3)));

        var decision = await strategy.RankAsync(For([Agent("poor", 600), Agent("good", 5), Agent("new", 900)]), CancellationToken.None);

        Assert.Equal(["good", "new", "poor"], decision.Ranking.Select(r => r.AgentId));
        Assert.Contains("credibility model of 80 outcomes", decision.Explanation, StringComparison.Ordinal);
        Assert.Contains("from 40 outcomes", decision.Ranking[0].Reason, StringComparison.Ordinal);
        Assert.Contains("from 0 outcomes", decision.Ranking[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rank_PreferredAgent_StaysFirst()
    {
        var strategy = Trained(History("good", 40, 1).Concat(History("poor", 40, 3)));

        var decision = await strategy.RankAsync(For([Agent("poor"), Agent("good")], preferred: "poor"), CancellationToken.None);

        Assert.Equal("poor", decision.Ranking[0].AgentId);
    }

    [Fact]
    public async Task Rank_IdenticalAgents_FallsToLongestIdleOrder()
    {
        var strategy = Trained(new[] { "a", "b", "c" }.SelectMany(agent => History(agent, 30, 2)));

        var decision = await strategy.RankAsync(For([Agent("a", 10), Agent("b", 90), Agent("c", 50)]), CancellationToken.None);

        Assert.Equal(["b", "c", "a"], decision.Ranking.Select(r => r.AgentId));
        Assert.Contains("agents do not differ", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rank_SlightlyBetterButOverloaded_FairnessGivesWorkToTheOther()
    {
        var strategy = Trained(History("a", 60, 1).Concat(History("b", 60, 1)).Concat(History("c", 60, 2)).Concat(Slightly("b")));
        var busy = Agent("b") with { Occupancy = 0.95 };
        var calm = Agent("a") with { Occupancy = 0.35 };

        var decision = await strategy.RankAsync(For([busy, calm]), CancellationToken.None);

        Assert.Equal("a", decision.Ranking[0].AgentId);
    }

    [Fact]
    public async Task Rank_BusyTeamAgainstACalmTeam_FairnessComparesTeamMatesOnly()
    {
        var strategy = Trained(History("a", 60, 1).Concat(History("b", 60, 1)).Concat(History("c", 60, 2)).Concat(Slightly("b")));
        RoutingCandidate[] candidates =
        [
            Agent("b") with { Occupancy = 0.95, TeamIds = ["busy"] }, Agent("c") with { Occupancy = 0.95, TeamIds = ["busy"] },
            Agent("a") with { Occupancy = 0.35, TeamIds = ["calm"] }, Agent("n") with { Occupancy = 0.35, TeamIds = ["calm"] },
        ];

        var balancedWithinTeams = await strategy.RankAsync(For(candidates), CancellationToken.None);
        var unbalancedInTeam = await strategy.RankAsync(For([.. candidates, Agent("d") with { Occupancy = 0.10, TeamIds = ["busy"] }]), CancellationToken.None);

        // Even within each team: b's slightly better outcome wins although its team is busier than the other one.
        // An idle team-mate (d) makes b the overloaded one of its team, and a gets the work.
        Assert.Equal("b", balancedWithinTeams.Ranking[0].AgentId);
        Assert.Equal("a", unbalancedInTeam.Ranking[0].AgentId);
    }

    [Fact]
    public async Task Rank_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PredictiveStrategy(new ModelHolder()).RankAsync(For([Agent("a")]), cancelled.Token).AsTask());
    }

    [Fact]
    public void Holder_Null_Refused() => Assert.Throws<ArgumentNullException>(() => new ModelHolder().Current = null!);

    private static PredictiveStrategy Trained(IEnumerable<OutcomeRecord> records) =>
        new(new ModelHolder { Current = OutcomeModel.Train(records, Now) });

    // One more resolution than a: b's expected outcome is a hair higher, far less than the fairness cost of its load.
    private static IEnumerable<OutcomeRecord> Slightly(string agent) => History(agent, 1, 1).Select(r => r with { InteractionId = "extra", HandleSeconds = 0 });

}
