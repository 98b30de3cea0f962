using ContactCenter.Sdk.Events;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>One transition the test kernel handed to the plugin's channel, and how the channel took it.</summary>
/// <param name="Change">The transition, as the channel received it.</param>
/// <param name="Outcome">Whether the channel handled it without throwing or overrunning its budget.</param>
public sealed record ChannelDelivery(InteractionTransitioned Change, PluginCall Outcome);
