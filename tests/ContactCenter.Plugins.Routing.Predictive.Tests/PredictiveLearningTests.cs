using ContactCenter.Sdk.Testing.Hosting;

namespace ContactCenter.Plugins.Routing.Predictive.Tests;

/// <summary>The strategy learning from the kernel's events, in its own store, on the kernel clock, loaded like the host loads it.</summary>
public sealed class PredictiveLearningTests : IAsyncLifetime
{
    private PluginTestKernel _kernel = null!;

    public async Task InitializeAsync() => _kernel = await PluginTestKernel.StartAsync(typeof(PredictiveLearningTests).Assembly);

    public async Task DisposeAsync() => await _kernel.DisposeAsync();

    [Fact]
    public async Task Rank_NoHistory_FallsBackToLongestIdleAndSaysSo()
    {
        var decision = await _kernel.RankAsync(Closures.Request(_kernel.Clock.UtcNow), "predictive");

        Assert.NotNull(decision);
        Assert.Equal(["poor", "good"], decision.Ranking.Select(r => r.AgentId));
        Assert.StartsWith("untrained for q-billing/Voice (0 of 50 outcomes)", decision.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rank_AfterHistoryAndScheduledRetrain_BetterAgentFirstWithScores()
    {
        await Closures.PublishHistoryAsync(_kernel, 40);
        await Closures.WaitForOutcomesAsync(_kernel, 80);
        var before = await _kernel.RankAsync(Closures.Request(_kernel.Clock.UtcNow), "predictive");

        _kernel.Clock.Advance(TimeSpan.FromMinutes(15));
        var after = await WaitForTrainedAsync();

        Assert.StartsWith("untrained", before!.Explanation, StringComparison.Ordinal);
        Assert.Equal(["good", "poor"], after.Ranking.Select(r => r.AgentId));
        Assert.True(after.Ranking[0].Score > after.Ranking[1].Score);
        Assert.Contains("expected outcome", after.Ranking[0].Reason, StringComparison.Ordinal);
        Assert.Contains("credibility model of 80 outcomes", after.Explanation, StringComparison.Ordinal);
        Assert.Equal(1, await Closures.CountAsync(_kernel, "models"));
    }

    [Fact]
    public async Task Closed_SameContactWithinSevenDays_EarlierOutcomeMarkedRepeat()
    {
        var start = _kernel.Clock.UtcNow;
        await _kernel.Events.PublishAsync(Closures.Closed("first", "good", start, resolved: true, contactId: "c-1"));
        await _kernel.Events.PublishAsync(Closures.Closed("other", "good", start.AddMinutes(1), resolved: true, contactId: "c-2"));
        await _kernel.Events.PublishAsync(Closures.Closed("again", "poor", start.AddDays(6), resolved: true, contactId: "c-1"));
        await _kernel.Events.PublishAsync(Closures.Closed("late", "poor", start.AddDays(20), resolved: true, contactId: "c-2"));
        await Closures.WaitForOutcomesAsync(_kernel, 4);

        var outcomes = _kernel.Store.Collection<OutcomeView>("outcomes");

        Assert.True((await outcomes.GetAsync("first"))!.Value.Repeat);
        Assert.False((await outcomes.GetAsync("again"))!.Value.Repeat);
        Assert.False((await outcomes.GetAsync("other"))!.Value.Repeat, "a return after 19 days is not a repeat contact");
    }

    [Fact]
    public async Task Closed_InternalConsultation_NoOutcomeStored()
    {
        var start = _kernel.Clock.UtcNow;
        await _kernel.Events.PublishAsync(Closures.Closed("consult", "poor", start, resolved: false, direction: Sdk.Domain.Direction.Internal));
        await _kernel.Events.PublishAsync(Closures.Closed("customer", "good", start.AddSeconds(1), resolved: true));
        await Closures.WaitForOutcomesAsync(_kernel, 1);

        var outcomes = _kernel.Store.Collection<OutcomeView>("outcomes");

        // The plugin's mailbox handles events in order: the customer's outcome stored means the consultation was seen first.
        Assert.NotNull(await outcomes.GetAsync("customer"));
        Assert.Null(await outcomes.GetAsync("consult"));
        Assert.Equal(1, await Closures.CountAsync(_kernel, "outcomes"));
    }

    private async Task<Sdk.Routing.RoutingDecision> WaitForTrainedAsync()
    {
        // The retrain runs on the timer's thread after the clock moves: wait (bounded) for its result.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var decision = await _kernel.RankAsync(Closures.Request(_kernel.Clock.UtcNow), "predictive", timeout.Token);
            if (decision?.Explanation?.StartsWith("untrained", StringComparison.Ordinal) == false)
            {
                return decision;
            }

            await Task.Delay(20, timeout.Token);
        }
    }

    /// <summary>The stored outcome as a test reads it through the store (the plugin's own type lives in its load context).</summary>
    private sealed record OutcomeView(string InteractionId, bool Repeat);
}
