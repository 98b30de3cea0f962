using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Services;

namespace ContactCenter.Kernel.Interactions;

/// <summary>
/// A supervisor moves work nobody has taken yet: a queued interaction to an agent, an offered one to another agent or
/// back to a queue. Other states are refused (<see cref="Sdk.Errors.InvalidTransitionException"/>), as is an agent who
/// cannot take it now; nothing changes on a refusal.
/// </summary>
public interface IInteractionReassignment
{
    /// <summary>Reassigns <paramref name="interactionId"/> to exactly one of an agent or a queue.</summary>
    /// <param name="interactionId">A queued or offered interaction.</param>
    /// <param name="target">The agent (offered to them now) or the queue (waits there).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The interaction after the change.</returns>
    ValueTask<Interaction> ReassignAsync(string interactionId, TransferTarget target, CancellationToken cancellationToken = default);
}
