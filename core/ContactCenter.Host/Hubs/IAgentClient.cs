using ContactCenter.Host.Shell.Supervision;
using ContactCenter.Kernel.Conversations;
using ContactCenter.Kernel.Presence;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;

namespace ContactCenter.Host.Hubs;

/// <summary>What the agent hub sends to an agent's browser.</summary>
public interface IAgentClient
{
    /// <summary>The agent's presence changed.</summary>
    /// <param name="presence">The presence after the change.</param>
    /// <returns>A task that completes once sent.</returns>
    Task PresenceChanged(AgentPresence presence);

    /// <summary>An interaction is offered to the agent.</summary>
    /// <param name="interaction">The interaction in state Offered.</param>
    /// <returns>A task that completes once sent.</returns>
    Task Offer(Interaction interaction);

    /// <summary>A message was added to a conversation the agent took (ids only: read the text through the API).</summary>
    /// <param name="added">The message's ids, kind and sequence.</param>
    /// <returns>A task that completes once sent.</returns>
    Task ConversationMessage(ConversationMessageAdded added);

    /// <summary>A message of a conversation the agent took moved forward (sent, delivered, read, failed).</summary>
    /// <param name="change">The message and its new status.</param>
    /// <returns>A task that completes once sent.</returns>
    Task MessageStatusChanged(ConversationMessageStatusChanged change);

    /// <summary>
    /// A conversation was transferred: sent to the agent who handed it on (it is no longer theirs to write in) and, for a
    /// transfer to an agent, to the receiving agent (who also gets the offer). Ids only.
    /// </summary>
    /// <param name="transferred">The conversation, both agents or the queue, and the note's message id.</param>
    /// <returns>A task that completes once sent.</returns>
    Task ConversationTransferred(ConversationTransferred transferred);

    /// <summary>A supervisor set the agent's status (sent after <see cref="PresenceChanged"/>), with who did it.</summary>
    /// <param name="forced">The supervisor, the status before and after.</param>
    /// <returns>A task that completes once sent.</returns>
    Task StatusForced(PresenceForced forced);

    /// <summary>A supervisor started or stopped listening, coaching, barging in or reading one of the agent's contacts.</summary>
    /// <param name="change">The supervisor, the contact and what they do now (null kind: they stopped).</param>
    /// <returns>A task that completes once sent.</returns>
    Task Supervision(SupervisionChanged change);
}
