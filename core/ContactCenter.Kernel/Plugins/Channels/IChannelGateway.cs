using ContactCenter.Sdk.Channels;

namespace ContactCenter.Kernel.Plugins.Channels;

/// <summary>
/// Hands what agents or the system send to customers to the channel that owns the interaction, with the plugin
/// host's isolation (time budget, circuit breaker, lease on the active version).
/// </summary>
public interface IChannelGateway
{
    /// <summary>Sends <paramref name="message"/> through a plugin's channel.</summary>
    /// <param name="channelPluginId">The plugin that owns the channel (<c>Interaction.ChannelPluginId</c>).</param>
    /// <param name="channelName">The channel's name (<c>Interaction.ChannelName</c>); <see langword="null"/> when the plugin has one channel.</param>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>The channel's answer; a refusal (never an exception) when the channel is missing, faulted, failed or overran.</returns>
    ValueTask<DeliveryResult> SendAsync(string channelPluginId, string? channelName, OutboundMessage message, CancellationToken cancellationToken);
}
