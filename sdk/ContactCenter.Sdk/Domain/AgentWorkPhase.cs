namespace ContactCenter.Sdk.Domain;

/// <summary>Where an interaction an agent holds stands.</summary>
public enum AgentWorkPhase
{
    /// <summary>Offered and awaiting the agent's answer.</summary>
    Offered = 0,

    /// <summary>Connected with the customer (including on hold).</summary>
    Connected = 1,

    /// <summary>In after-contact work.</summary>
    WrapUp = 2,
}
