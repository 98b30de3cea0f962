namespace ContactCenter.Plugins.Channels.WebChat.Plugin;

/// <summary>One configured inbox: the widget's <c>data-inbox</c> names the channel, bound to a service line and queue.</summary>
/// <param name="Channel">The channel name within the plugin (lower-case letters, digits, <c>-</c>, <c>_</c>).</param>
/// <param name="ServiceLineId">The service line the inbox serves.</param>
/// <param name="QueueId">The queue its conversations enter.</param>
internal sealed record InboxBinding(string Channel, string ServiceLineId, string QueueId);
