using ContactCenter.Sdk.Testing.Conformance;

namespace ContactCenter.Samples.MostSkilledRouting.Tests;

/// <summary>The most-skilled strategy against the routing strategy contract (and the generic plugin checks, unload included).</summary>
public sealed class MostSkilledConformanceTests : RoutingStrategyConformance;
