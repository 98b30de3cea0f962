namespace ContactCenter.Sdk.Domain;

/// <summary>Who started an interaction.</summary>
public enum Direction
{
    /// <summary>The customer contacted the insurer.</summary>
    Inbound = 0,

    /// <summary>The insurer contacted the customer (agent call, campaign, notification).</summary>
    Outbound = 1,

    /// <summary>Between two people of the contact center (consultation, internal call).</summary>
    Internal = 2,
}
