using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Events;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Kernel.Plugins.Channels;

/// <summary>
/// Tells the owning channel about each transition of its interactions: subscribes to
/// <see cref="EventTypes.InteractionTransitioned"/> on the kernel bus and calls
/// <see cref="Sdk.Channels.IChannel.OnInteractionChangedAsync"/> of <c>Interaction.ChannelPluginId</c> /
/// <c>ChannelName</c> through the invoker. Interactions no plugin owns are skipped.
/// </summary>
internal sealed partial class ChannelNotifier(IEventBus bus, PluginCatalog catalog, PluginInvoker invoker, ILogger<ChannelNotifier> logger) : IDisposable
{
    private IDisposable? _subscription;

    public void Start() => _subscription ??= bus.Subscribe(EventTypes.InteractionTransitioned, NotifyAsync);

    public void Dispose()
    {
        _subscription?.Dispose();
        _subscription = null;
    }

    private async ValueTask NotifyAsync(CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        var change = cloudEvent.GetData<InteractionTransitioned>(KernelJson.Options);
        if (change?.Interaction.ChannelPluginId is not { } pluginId)
        {
            return;
        }

        var (version, channel, lease, problem) = ChannelResolver.Find(catalog, pluginId, change.Interaction.ChannelName);
        if (problem is not null)
        {
            LogNotDelivered(change.InteractionId, change.To, problem);
            return;
        }

        using (lease)
        {
            await invoker.InvokeAsync(version!, $"channel {channel!.Name} notification", ct => channel.OnInteractionChangedAsync(change, ct), invoker.Options.CallBudget, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 2601, Level = LogLevel.Debug, Message = "Transition of {InteractionId} to {State} not delivered to its channel: {Problem}")]
    private partial void LogNotDelivered(string interactionId, Sdk.Domain.InteractionState state, string problem);
}
