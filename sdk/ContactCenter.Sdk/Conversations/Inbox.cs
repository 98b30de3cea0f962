namespace ContactCenter.Sdk.Conversations;

/// <summary>The inbox of one connected channel instance, bound to a service line and the queue its conversations enter.</summary>
/// <param name="Id">The inbox id, <c>{pluginId}.{channelName}</c>.</param>
/// <param name="ChannelPluginId">The plugin that owns the channel.</param>
/// <param name="ChannelName">The channel's name within the plugin.</param>
/// <param name="ServiceLineId">The service line.</param>
/// <param name="QueueId">The queue new conversations enter.</param>
/// <param name="Kind">The kind of channel.</param>
public sealed record Inbox(string Id, string ChannelPluginId, string ChannelName, string ServiceLineId, string QueueId, Domain.ChannelKind Kind);
