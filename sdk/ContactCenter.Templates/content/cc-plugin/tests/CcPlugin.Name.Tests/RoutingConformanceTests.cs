using ContactCenter.Sdk.Testing.Conformance;

namespace CcPlugin.Name.Tests;

/// <summary>The strategy against the routing strategy contract, plus the checks every plugin passes (unload included).</summary>
public sealed class RoutingConformanceTests : RoutingStrategyConformance;
