using ContactCenter.Plugins.Routing.Predictive;

namespace ContactCenter.Plugins.Routing.Tests.Routing.Predictive;

public sealed class OutcomeModelTests
{
    private static readonly DateTimeOffset At = Requests.Now;

    [Fact]
    public void Train_AgentsDiffer_EstimatesOrderedAndShrunkTowardsTheMean()
    {
        var records = History("a", 40, resolvedEvery: 1).Concat(History("b", 40, resolvedEvery: 4)).Concat(History("c", 4, resolvedEvery: 1));

        var work = OutcomeModel.Train(records, At).For("q/Chat", 50)!;

        Assert.NotNull(work.OutcomeK);
        Assert.True(work.Estimate("a").Outcome > work.Estimate("b").Outcome);
        // c resolved all 4 of its few contacts, like a, but 4 outcomes earn less credibility than 40.
        Assert.True(work.Estimate("c").Outcome < work.Estimate("a").Outcome);
        Assert.True(work.Estimate("c").Outcome > work.MeanOutcome);
        Assert.Equal(work.MeanOutcome, work.Estimate("never-seen").Outcome);
    }

    [Fact]
    public void Train_IdenticalAgents_NoDifferenceClaimed()
    {
        // Every agent has exactly the same record: nothing but noise-free identity, so no between-agent variance.
        var records = new[] { "a", "b", "c" }.SelectMany(agent => History(agent, 30, resolvedEvery: 2));

        var work = OutcomeModel.Train(records, At).For("q/Chat", 50)!;

        Assert.Null(work.OutcomeK);
        Assert.Equal(work.Estimate("a").Outcome, work.Estimate("b").Outcome);
        Assert.Equal(work.Estimate("b").Outcome, work.Estimate("c").Outcome);
    }

    [Fact]
    public void For_TooFewOutcomes_Null()
    {
        var model = OutcomeModel.Train(History("a", 49, resolvedEvery: 1), At);

        Assert.Null(model.For("q/Chat", 50));
        Assert.Null(model.For("other/Voice", 1));
        Assert.NotNull(model.For("q/Chat", 49));
    }

    [Fact]
    public void Train_NoRecords_EmptyModel()
    {
        var model = OutcomeModel.Train([], At);

        Assert.Equal(0, model.Records);
        Assert.Empty(model.WorkTypes);
    }

    [Fact]
    public void Score_FixedFormula()
    {
        Assert.Equal(1.0, OutcomeFormula.Score(resolved: true, transferred: false, repeat: false, surveyScore: null, handleSeconds: 0), 6);
        Assert.Equal(1.25 - 0.1, OutcomeFormula.Score(true, false, false, 5, 300), 6);
        Assert.Equal(-1.0 - 0.25, OutcomeFormula.Score(false, true, true, 1, 0), 6);
        Assert.Equal(OutcomeFormula.Score(true, false, false, 5, 0), OutcomeFormula.Score(true, false, false, 9, 0), 6);
    }

    internal static IEnumerable<OutcomeRecord> History(string agent, int count, int resolvedEvery, string workType = "q/Chat") =>
        Enumerable.Range(0, count).Select(i => new OutcomeRecord
        {
            InteractionId = $"{agent}-{i}", AgentId = agent, WorkType = workType, ClosedAt = At.AddMinutes(-i), HandleSeconds = 240, Resolved = i % resolvedEvery == 0,
        });
}
