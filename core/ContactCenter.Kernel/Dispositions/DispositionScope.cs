using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Dispositions;

/// <summary>Where a disposition code applies. Each empty list means "all"; a code applies when every non-empty list matches.</summary>
public sealed record DispositionScope
{
    /// <summary>The service lines the code applies to.</summary>
    public IReadOnlyList<string> ServiceLineIds { get; init; } = [];

    /// <summary>The queues the code applies to.</summary>
    public IReadOnlyList<string> QueueIds { get; init; } = [];

    /// <summary>The channels the code applies to.</summary>
    public IReadOnlyList<ChannelKind> Channels { get; init; } = [];

    /// <summary>Whether the scope admits an interaction of this service line, queue and channel.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <returns>Whether it applies.</returns>
    public bool Admits(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return (ServiceLineIds.Count == 0 || (interaction.ServiceLineId is { } line && ServiceLineIds.Contains(line, StringComparer.Ordinal)))
            && (QueueIds.Count == 0 || (interaction.QueueId is { } queue && QueueIds.Contains(queue, StringComparer.Ordinal)))
            && (Channels.Count == 0 || Channels.Contains(interaction.Channel));
    }
}
