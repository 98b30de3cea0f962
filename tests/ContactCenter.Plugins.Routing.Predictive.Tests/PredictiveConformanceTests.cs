using System.Runtime.CompilerServices;
using ContactCenter.Sdk.Testing.Conformance;

namespace ContactCenter.Plugins.Routing.Predictive.Tests;

/// <summary>
/// The predictive strategy against the routing strategy contract and the generic plugin checks. Before unloading, it
/// learns a history and retrains, so the unload check covers the trained model, the subscription and the timer.
/// </summary>
public sealed class PredictiveConformanceTests : RoutingStrategyConformance
{
    protected override string? StrategyName => "predictive";

    [MethodImpl(MethodImplOptions.NoInlining)]
    protected override async Task ExerciseAsync()
    {
        await base.ExerciseAsync();
        await Closures.PublishHistoryAsync(Kernel, 30);
        await Closures.WaitForOutcomesAsync(Kernel, 60);
        Kernel.Clock.Advance(TimeSpan.FromMinutes(15));
        await Kernel.RankAsync(Closures.Request(Kernel.Clock.UtcNow), StrategyName);
    }
}
