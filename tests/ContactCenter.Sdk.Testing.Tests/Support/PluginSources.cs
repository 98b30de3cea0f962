namespace ContactCenter.Sdk.Testing.Tests.Support;

/// <summary>Plugins that break one rule each, to prove the suites catch them.</summary>
internal static class PluginSources
{
    public const string ThrowingChannel = """
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IChannel, BadChannel>();
        }

        public sealed class BadChannel : IChannel
        {
            public string Name => "bad";
            public ChannelKind Kind => ChannelKind.Chat;
            public ValueTask OnInteractionChangedAsync(InteractionTransitioned change, CancellationToken ct) =>
                throw new InvalidOperationException("boom on " + change.To);
            public ValueTask<DeliveryResult> SendAsync(OutboundMessage message, CancellationToken ct) =>
                ValueTask.FromResult(DeliveryResult.Ok());
        }
        """;

    public const string StrangerRanking = """
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IRoutingStrategy, BadStrategy>();
        }

        public sealed class BadStrategy : IRoutingStrategy
        {
            public string Name => "bad-strategy";
            public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken ct) =>
                ValueTask.FromResult(new RoutingDecision([.. request.Candidates.Select(c => new RankedCandidate(c.AgentId, 1)), new RankedCandidate("agent-who-is-not-there", 2)]));
        }
        """;

    public const string GoodStrategy = """
        public sealed class Startup : IPluginStartup
        {
            public void ConfigureServices(IServiceCollection services, PluginStartupContext context) =>
                services.AddSingleton<IRoutingStrategy, ByIdStrategy>();
        }

        public sealed class ByIdStrategy : IRoutingStrategy
        {
            public string Name => "by-id";
            public ValueTask<RoutingDecision> RankAsync(RoutingRequest request, CancellationToken ct)
            {
                ct.ThrowIfCancellationRequested();
                return ValueTask.FromResult(new RoutingDecision([.. request.Candidates.OrderBy(c => c.AgentId, StringComparer.Ordinal).Select(c => new RankedCandidate(c.AgentId, 1))]));
            }
        }
        """;
}
