using ContactCenter.Kernel.Plugins;
using ContactCenter.Kernel.Plugins.Channels;
using ContactCenter.Kernel.Plugins.Isolation;
using ContactCenter.Kernel.Plugins.Runtime;
using ContactCenter.Kernel.Routing;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Plugins;
using ContactCenter.Sdk.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>The plugin's contracts, and the kernel's isolated paths into them.</summary>
public sealed partial class PluginTestKernel
{
    private readonly List<ChannelDelivery> _deliveries = [];

    /// <summary>Every transition the kernel handed to the plugin's channels automatically, with how the channel took it.</summary>
    public IReadOnlyList<ChannelDelivery> Deliveries
    {
        get
        {
            lock (_deliveries)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>The channels the plugin registered (its objects: do not keep them beyond the call that uses them).</summary>
    public IReadOnlyList<IChannel> Channels => ActiveVersion().Instance?.Channels ?? [];

    /// <summary>The routing strategies the plugin registered (its objects: do not keep them beyond the call that uses them).</summary>
    public IReadOnlyList<IRoutingStrategy> Strategies => ActiveVersion().Instance?.Strategies ?? [];

    /// <summary>
    /// Hands a transition to one of the plugin's channels through the kernel's isolation, as the kernel does after each
    /// transition of an interaction the channel owns. Transitions made through <see cref="Interactions"/> on
    /// interactions the plugin owns are delivered this way automatically.
    /// </summary>
    /// <param name="change">The transition.</param>
    /// <param name="channelName">The channel; <see langword="null"/> when the plugin has one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the channel handled it without failing.</returns>
    public async ValueTask<PluginCall> NotifyChannelAsync(InteractionTransitioned change, string? channelName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var (version, channel, lease, problem) = ChannelResolver.Find(Services.GetRequiredService<PluginCatalog>(), PluginId, channelName);
        if (problem is not null)
        {
            return new PluginCall(false, problem);
        }

        using (lease)
        {
            var invoker = Services.GetRequiredService<PluginInvoker>();
            var result = await invoker.InvokeAsync(version!, $"channel {channel!.Name} notification", ct => channel.OnInteractionChangedAsync(change, ct), invoker.Options.CallBudget, cancellationToken).ConfigureAwait(false);
            return new PluginCall(result.Succeeded, result.Reason);
        }
    }

    /// <summary>Sends a message through one of the plugin's channels the way agents' replies are sent (the kernel's channel gateway).</summary>
    /// <param name="message">The message.</param>
    /// <param name="channelName">The channel; <see langword="null"/> when the plugin has one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The channel's answer; a refusal when the channel failed, overran or is missing.</returns>
    public ValueTask<DeliveryResult> SendAsync(OutboundMessage message, string? channelName = null, CancellationToken cancellationToken = default) =>
        Services.GetRequiredService<IChannelGateway>().SendAsync(PluginId, channelName, message, cancellationToken);

    /// <summary>Ranks candidates with one of the plugin's strategies the way routing does (isolated, with a budget).</summary>
    /// <param name="request">The work and candidates.</param>
    /// <param name="strategyName">The strategy; <see langword="null"/> when the plugin has one.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The decision, or <see langword="null"/> when the strategy failed or overran (routing would fall back).</returns>
    public ValueTask<RoutingDecision?> RankAsync(RoutingRequest request, string? strategyName = null, CancellationToken cancellationToken = default) =>
        Services.GetRequiredService<IRoutingStrategyProvider>().TryRankAsync(strategyName ?? OnlyStrategyName(), request, cancellationToken);

    /// <summary>
    /// The kernel's <see cref="Voice.IVoiceCalls"/>, as the host and other plugins get it: it forwards to the plugin
    /// under test when that plugin exports the contract and is active, and answers "voice unavailable" otherwise.
    /// </summary>
    public Voice.IVoiceCalls VoiceCalls => Services.GetRequiredService<Voice.IVoiceCalls>();

    /// <summary>Runs the plugin's health checks the way <c>/readyz</c> does, within the call budget.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The combined health (unhealthy when a check threw or overran).</returns>
    public async ValueTask<PluginHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        var manager = Services.GetRequiredService<IPluginManager>();
        var budget = Services.GetRequiredService<PluginInvoker>().Options.CallBudget;
        var reports = await manager.CheckHealthAsync(budget, cancellationToken).ConfigureAwait(false);
        var report = reports.FirstOrDefault(r => r.PluginId == PluginId);
        return report is null ? new PluginHealth(PluginHealthStatus.Unhealthy, $"Plugin '{PluginId}' is not enabled.") : new PluginHealth(report.Status, report.Description);
    }

    /// <summary>What the interaction double calls after each transition: the kernel's notification of the owning channel.</summary>
    private async ValueTask DeliverOwnedAsync(InteractionTransitioned change, CancellationToken cancellationToken)
    {
        if (change.Interaction.ChannelPluginId == PluginId && State == PluginState.Active)
        {
            var outcome = await NotifyChannelAsync(change, change.Interaction.ChannelName, cancellationToken).ConfigureAwait(false);
            lock (_deliveries)
            {
                _deliveries.Add(new ChannelDelivery(change, outcome));
            }
        }
    }

    private string OnlyStrategyName()
    {
        var names = Strategies.Select(s => s.Name).ToList();
        return names.Count == 1
            ? names[0]
            : throw new InvalidOperationException($"Plugin '{PluginId}' registers {names.Count} routing strategies; name the one to use.");
    }
}
