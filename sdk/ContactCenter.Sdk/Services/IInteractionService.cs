using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Services;

/// <summary>
/// Creates interactions and moves them through the lifecycle. Each method is one transition; an illegal one throws
/// <see cref="Errors.InvalidTransitionException"/> and changes nothing. Offers are made by the kernel's routing,
/// never by callers.
/// </summary>
public interface IInteractionService
{
    /// <summary>Creates an interaction in <see cref="InteractionState.Created"/>.</summary>
    /// <param name="request">What the interaction is.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new interaction.</returns>
    ValueTask<Interaction> CreateAsync(NewInteraction request, CancellationToken cancellationToken = default);

    /// <summary>Reads an interaction.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction, or <see langword="null"/> if there is none with that id.</returns>
    ValueTask<Interaction?> GetAsync(string interactionId, CancellationToken cancellationToken = default);

    /// <summary>Hands the interaction to self-service (IVR or bot).</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    ValueTask<Interaction> StartSelfServiceAsync(string interactionId, CancellationToken cancellationToken = default);

    /// <summary>Puts the interaction in a queue; routing offers it to an agent when one is available.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="request">The queue and routing hints.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    ValueTask<Interaction> EnqueueAsync(string interactionId, EnqueueRequest request, CancellationToken cancellationToken = default);

    /// <summary>The offered agent accepts: the interaction becomes <see cref="InteractionState.Connected"/>.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="agentId">The agent accepting; must be the agent it was offered to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    ValueTask<Interaction> AcceptOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>The offered agent declines: the interaction returns to its queue at its original position.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="agentId">The agent declining; must be the agent it was offered to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    ValueTask<Interaction> RejectOfferAsync(string interactionId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>Connects an outbound interaction an agent started directly (no queue).</summary>
    /// <param name="interactionId">The interaction, in <see cref="InteractionState.Created"/>.</param>
    /// <param name="agentId">The agent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    ValueTask<Interaction> ConnectAsync(string interactionId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>Puts the customer on hold.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    ValueTask<Interaction> HoldAsync(string interactionId, CancellationToken cancellationToken = default);

    /// <summary>Takes the customer off hold.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    ValueTask<Interaction> ResumeAsync(string interactionId, CancellationToken cancellationToken = default);

    /// <summary>Transfers the interaction to a queue or an agent: the current leg ends and a new one begins.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="target">Where to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transfer.</returns>
    ValueTask<Interaction> TransferAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default);

    /// <summary>The customer part ended: the agent moves to wrap-up.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    ValueTask<Interaction> EndContactAsync(string interactionId, CancellationToken cancellationToken = default);

    /// <summary>Closes the interaction with a disposition.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="disposition">The disposition code, or <see langword="null"/> where none applies (self-service resolution).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    ValueTask<Interaction> CloseAsync(string interactionId, DispositionRef? disposition, CancellationToken cancellationToken = default);

    /// <summary>The customer left before an agent connected.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="reason">Why, if known (hang-up, timeout).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    ValueTask<Interaction> AbandonAsync(string interactionId, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Ends the interaction because of a technical failure.</summary>
    /// <param name="interactionId">The interaction.</param>
    /// <param name="reason">What failed; no personal data.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the transition.</returns>
    ValueTask<Interaction> FailAsync(string interactionId, string reason, CancellationToken cancellationToken = default);
}
