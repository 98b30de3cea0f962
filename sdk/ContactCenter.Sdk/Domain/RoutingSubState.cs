namespace ContactCenter.Sdk.Domain;

/// <summary>What the routing system is doing with an agent, kept apart from the agent's chosen status.</summary>
public enum RoutingSubState
{
    /// <summary>No work in hand and no pending offer.</summary>
    Idle = 0,

    /// <summary>An offer is pending the agent's answer.</summary>
    Reserved = 1,

    /// <summary>Handling at least one interaction with a customer.</summary>
    OnContact = 2,

    /// <summary>Completing after-contact work with no customer connected.</summary>
    WrapUp = 3,

    /// <summary>Missed an offer; receives no work until the agent changes status again.</summary>
    NotResponding = 4,
}
