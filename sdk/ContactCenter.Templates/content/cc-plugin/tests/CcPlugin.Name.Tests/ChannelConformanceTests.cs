using ContactCenter.Sdk.Testing.Conformance;

namespace CcPlugin.Name.Tests;

/// <summary>The channel against the channel contract, plus the checks every plugin passes (unload included).</summary>
public sealed class ChannelConformanceTests : ChannelConformance
{
    /// <inheritdoc />
    protected override int MaxMessageLength => 2000;
}
