using ContactCenter.Sdk.Routing;

namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>A decision the engine needs from a strategy: one waiting item and the free agents who may take it.</summary>
internal sealed record RoutingChoice(EngineItem Item, IReadOnlyList<EngineAgent> Agents, RoutingRequest Request)
{
    public string? StrategyName => Item.Queue.Config.Strategy;

    /// <summary>The free agent whose search found the work, when the search was agent-driven.</summary>
    public EngineAgent? Origin { get; init; }
}
