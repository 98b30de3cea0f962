using ContactCenter.Sdk.Domain;

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
}
