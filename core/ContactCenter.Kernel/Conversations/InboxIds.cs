namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// Inbox ids are <c>{pluginId}.{channelName}</c>; channel names have no dot, so the plugin is everything before the last
/// dot, exactly (a prefix test would let <c>cc.web</c> read <c>cc.web.x</c>'s inboxes).
/// </summary>
internal static class InboxIds
{
    public static string For(string pluginId, string channelName) => $"{pluginId}.{channelName}";

    public static string PluginOf(string inboxId)
    {
        var dot = inboxId.LastIndexOf('.');
        return dot > 0 ? inboxId[..dot] : string.Empty;
    }
}
