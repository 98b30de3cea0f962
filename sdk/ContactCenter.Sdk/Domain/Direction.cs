namespace ContactCenter.Sdk.Domain;

/// <summary>Who started an interaction.</summary>
public enum Direction
{
    /// <summary>The customer contacted the insurer.</summary>
    Inbound = 0,

    /// <summary>The insurer contacted the customer (agent call, campaign, notification).</summary>
    Outbound = 1,

    /// <summary>
    /// Between two people of the contact center (consultation, internal call). Internal work is routed like any other
    /// (it may be queued so that routing reserves an agent, and the agent's time on it counts as occupied), but it is
    /// not a customer contact: the kernel leaves it out of every customer-facing figure (a queue's offered, answered,
    /// abandoned, service level, speed of answer, waits and queue length; handled counts and handle times) and counts
    /// it apart as <c>internal</c>. Reports, forecasts and anything else that learns from interaction history should
    /// leave it out the same way.
    /// </summary>
    Internal = 2,
}
