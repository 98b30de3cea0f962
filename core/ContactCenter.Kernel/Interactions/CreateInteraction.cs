using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Interactions;

/// <summary>A validated creation request, as the interaction grain receives it.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record CreateInteraction
{
    [Id(0)] public string? ChannelPluginId { get; init; }

    [Id(1)] public required NewInteraction Request { get; init; }
}
