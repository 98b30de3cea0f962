using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Plugins;

namespace ContactCenter.Kernel.Plugins.Services;

/// <summary>
/// A plugin's <see cref="IEventBus"/>: what it publishes carries <c>/plugins/{id}</c> as source (no plugin speaks for
/// another), its handlers run through the invoker, and its subscriptions end when it unloads. Publishing needs
/// <c>events.subscribe</c>; so does receiving: a subscription is accepted at once (a plugin subscribes while it starts,
/// before an administrator may have approved anything), and each event is delivered only while the permission is
/// approved, so approval and revocation take effect on the next event.
/// </summary>
internal sealed class PluginEventBus(IEventBus kernel, PluginVersion version, PluginInvoker invoker, PluginResources resources, PluginPermissionGuard guard) : IEventBus
{
    public static string SourceOf(string pluginId) => $"/plugins/{pluginId}";

    public async ValueTask PublishAsync(CloudEvent cloudEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        await guard.DemandAsync(Sdk.Permissions.EventsSubscribe, "publish events", cancellationToken).ConfigureAwait(false);
        await kernel.PublishAsync(cloudEvent with { Source = SourceOf(version.PluginId) }, cancellationToken).ConfigureAwait(false);
    }

    public IDisposable Subscribe(string typePattern, Func<CloudEvent, CancellationToken, ValueTask> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return resources.Track(kernel.Subscribe(typePattern, (e, ct) => DeliverAsync(handler, e, ct)));
    }

    private async ValueTask DeliverAsync(Func<CloudEvent, CancellationToken, ValueTask> handler, CloudEvent cloudEvent, CancellationToken cancellationToken)
    {
        if (version.State is PluginState.Faulted or PluginState.UnloadFailed or PluginState.Disabled)
        {
            return;
        }

        if (!await guard.AllowsAsync(Sdk.Permissions.EventsSubscribe, "receive events", cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await invoker.InvokeAsync(version, "event handler", ct => handler(cloudEvent, ct), invoker.Options.CallBudget, cancellationToken).ConfigureAwait(false);
    }
}
