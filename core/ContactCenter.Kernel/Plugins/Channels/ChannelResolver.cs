using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Channels;

namespace ContactCenter.Kernel.Plugins.Channels;

/// <summary>Finds a plugin's channel by name in its active version, leasing that version.</summary>
internal static class ChannelResolver
{
    /// <summary>The leased version and its channel, or why there is none.</summary>
    public static (PluginVersion? Version, IChannel? Channel, PluginLease Lease, string? Problem) Find(PluginCatalog catalog, string pluginId, string? channelName)
    {
        var version = catalog.Get(pluginId)?.Current;
        if (version is null)
        {
            return (null, null, default, $"Channel plugin '{pluginId}' is not active.");
        }

        if (!version.TryAcquire(out var lease))
        {
            return (null, null, default, $"Channel plugin '{pluginId}' is {version.State}.");
        }

        var channels = version.Instance?.Channels ?? [];
        var channel = channelName is null && channels.Count == 1
            ? channels[0]
            : channels.FirstOrDefault(c => string.Equals(c.Name, channelName, StringComparison.Ordinal));
        if (channel is null)
        {
            lease.Dispose();
            return (null, null, default, $"Plugin '{pluginId}' has no channel named '{channelName}'.");
        }

        return (version, channel, lease, null);
    }
}
