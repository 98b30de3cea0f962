namespace ContactCenter.Sdk.Conversations;

/// <summary>Opens (or re-binds) the inbox of one channel instance of the calling plugin.</summary>
public sealed record InboxRequest
{
    /// <summary>The channel's name within the plugin (<see cref="Channels.IChannel.Name"/>).</summary>
    public required string ChannelName { get; init; }

    /// <summary>The service line the inbox serves.</summary>
    public required string ServiceLineId { get; init; }

    /// <summary>The queue new conversations enter.</summary>
    public required string QueueId { get; init; }

    /// <summary>The kind of channel, which decides the interactions' capacity and metrics.</summary>
    public Domain.ChannelKind Kind { get; init; } = Domain.ChannelKind.Chat;
}
