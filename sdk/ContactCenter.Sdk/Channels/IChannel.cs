using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Channels;

/// <summary>
/// A way customers reach the contact center. A channel creates interactions through
/// <see cref="Services.IInteractionService"/> when a customer arrives, and the kernel tells it about each
/// transition of the interactions it owns and hands it what agents send to customers.
/// </summary>
public interface IChannel
{
    /// <summary>The channel's name, unique within its plugin (e.g. <c>whatsapp-autos</c>).</summary>
    string Name { get; }

    /// <summary>The channel kind, which decides capacity and metrics.</summary>
    ChannelKind Kind { get; }

    /// <summary>
    /// Called after each transition of an interaction the channel owns (offered, connected, held, closed...),
    /// so the channel can act on the customer side (ring a phone, tell a chat visitor an agent joined).
    /// </summary>
    /// <param name="change">The transition and the interaction after it.</param>
    /// <param name="cancellationToken">Cancelled when the call overruns its time budget.</param>
    /// <returns>A task that completes once the channel has acted.</returns>
    ValueTask OnInteractionChangedAsync(Events.InteractionTransitioned change, CancellationToken cancellationToken);

    /// <summary>Delivers something an agent or the system sends to the customer.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancelled when the call overruns its time budget.</param>
    /// <returns>Whether the channel accepted the message, with its own message id.</returns>
    ValueTask<DeliveryResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
