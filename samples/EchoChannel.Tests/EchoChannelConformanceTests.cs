using ContactCenter.Sdk.Testing.Conformance;

namespace ContactCenter.Samples.EchoChannel.Tests;

/// <summary>The echo channel against the channel contract (and the generic plugin checks, unload included).</summary>
public sealed class EchoChannelConformanceTests : ChannelConformance
{
    /// <summary>The echo channel takes replies up to the same length as customers' messages.</summary>
    protected override int MaxMessageLength => 4000;
}
