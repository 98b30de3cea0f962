using ContactCenter.Sdk.Testing.Conformance;
using ContactCenter.Sdk.Testing.Hosting;
using ContactCenter.Sdk.Testing.Tests.Support;
using Xunit.Sdk;

namespace ContactCenter.Sdk.Testing.Tests.Conformance;

/// <summary>The suites fail plugins that break the contract, and pass one that keeps it: they can fail.</summary>
public sealed class SuiteVerdictTests
{
    [Fact]
    public async Task ChannelSuite_ChannelThrowingOnTransitions_FailsNamingTheTransition()
    {
        using var plugin = new BuiltPlugin("kit.bad.channel", "channel", PluginSources.ThrowingChannel);
        var suite = new ChannelSuite(plugin.Folder);
        await suite.InitializeAsync();
        try
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(suite.Transitions_EveryLifecyclePath_NoExceptionEscapes);

            Assert.Contains("boom on", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await suite.DisposeAsync();
        }
    }

    [Fact]
    public async Task ChannelSuite_ChannelAcceptingEmptyText_FailsTheRefusalCheck()
    {
        using var plugin = new BuiltPlugin("kit.bad.channel", "channel", PluginSources.ThrowingChannel);
        var suite = new ChannelSuite(plugin.Folder);
        await suite.InitializeAsync();
        try
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(() => suite.Send_EmptyText_RefusedWithReason(""));

            Assert.Contains("empty message was accepted", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await suite.DisposeAsync();
        }
    }

    [Fact]
    public async Task RoutingSuite_StrategyRankingAStranger_FailsNamingIt()
    {
        using var plugin = new BuiltPlugin("kit.bad.routing", "routing", PluginSources.StrangerRanking);
        var suite = new RoutingSuite(plugin.Folder);
        await suite.InitializeAsync();
        try
        {
            var failure = await Assert.ThrowsAnyAsync<XunitException>(suite.Rank_SeveralCandidates_OnlyGivenOnesNoDuplicates);

            Assert.Contains("agent-who-is-not-there", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await suite.DisposeAsync();
        }
    }

    [Fact]
    public async Task RoutingSuite_StrategyIgnoringCancellation_FailsTheCancellationCheck()
    {
        using var plugin = new BuiltPlugin("kit.bad.routing", "routing", PluginSources.StrangerRanking);
        var suite = new RoutingSuite(plugin.Folder);
        await suite.InitializeAsync();
        try
        {
            await Assert.ThrowsAnyAsync<XunitException>(suite.Rank_Cancelled_ThrowsOperationCanceled);
        }
        finally
        {
            await suite.DisposeAsync();
        }
    }

    [Fact]
    public async Task RoutingSuite_GoodStrategy_PassesAndUnloads()
    {
        using var plugin = new BuiltPlugin("kit.good.routing", "routing", PluginSources.GoodStrategy);
        var suite = new RoutingSuite(plugin.Folder);
        await suite.InitializeAsync();
        try
        {
            await suite.Rank_SeveralCandidates_OnlyGivenOnesNoDuplicates();
            await suite.Rank_EveryEligibleSet_ReturnsDecision();
            await suite.Unload_AfterUse_LoadContextCollected();
        }
        finally
        {
            await suite.DisposeAsync();
        }
    }

    // Not public: xunit must not discover them as test classes of their own.
    private sealed class ChannelSuite(string directory) : ChannelConformance
    {
        protected override int MaxMessageLength => 100;

        protected override PluginTestOptions CreateOptions() => new() { PluginDirectory = directory };
    }

    private sealed class RoutingSuite(string directory) : RoutingStrategyConformance
    {
        protected override PluginTestOptions CreateOptions() => new() { PluginDirectory = directory };
    }
}
