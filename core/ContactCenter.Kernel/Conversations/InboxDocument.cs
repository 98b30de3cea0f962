using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Conversations;

/// <summary>The stored form of an inbox (collection <c>k.inboxes</c>, id <c>{pluginId}.{channelName}</c>).</summary>
internal sealed record InboxDocument(string PluginId, string ChannelName, string ServiceLineId, string QueueId, ChannelKind Kind, DateTimeOffset UpdatedAt);
