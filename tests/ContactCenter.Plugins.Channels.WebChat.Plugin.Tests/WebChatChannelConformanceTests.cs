using ContactCenter.Sdk.Testing.Conformance;

namespace ContactCenter.Plugins.Channels.WebChat.Plugin.Tests;

/// <summary>The channel contract, every lifecycle path and the unload after use, on the kit's kernel.</summary>
public sealed class WebChatChannelConformanceTests : ChannelConformance
{
    /// <summary>Replies up to the kernel's conversation limit.</summary>
    protected override int MaxMessageLength => 4096;

    /// <summary>The default configuration has one channel per service line; the contract is the same for each.</summary>
    protected override string? ChannelName => "autos";
}
