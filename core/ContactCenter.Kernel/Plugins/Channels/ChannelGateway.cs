using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Channels;

namespace ContactCenter.Kernel.Plugins.Channels;

/// <summary>Sends through the owning plugin's <see cref="IChannel.SendAsync"/>, isolated.</summary>
internal sealed class ChannelGateway(PluginCatalog catalog, PluginInvoker invoker) : IChannelGateway
{
    public async ValueTask<DeliveryResult> SendAsync(string channelPluginId, string? channelName, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (version, channel, lease, problem) = ChannelResolver.Find(catalog, channelPluginId, channelName);
        if (problem is not null)
        {
            return DeliveryResult.Refused(problem);
        }

        using (lease)
        {
            var result = await invoker.InvokeAsync(version!, $"channel {channel!.Name} send", ct => channel.SendAsync(message, ct), invoker.Options.CallBudget, cancellationToken).ConfigureAwait(false);
            return result.Succeeded && result.Value is not null
                ? result.Value
                : DeliveryResult.Refused($"The channel could not take the message: {result.Reason ?? "it returned nothing"}.");
        }
    }
}
