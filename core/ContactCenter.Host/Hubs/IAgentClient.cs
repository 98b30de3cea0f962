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
}
