namespace ContactCenter.Sdk.Conversations;

/// <summary>
/// How far a message got. Statuses only move forward (<see cref="Pending"/> → <see cref="Sent"/> →
/// <see cref="Delivered"/> → <see cref="Read"/>): a status arriving late (delivered after read) changes nothing.
/// <see cref="Failed"/> applies only to a message not yet delivered.
/// </summary>
public enum DeliveryStatus
{
    /// <summary>Stored, not yet handed to the channel (or an incoming message not yet seen by an agent).</summary>
    Pending = 0,

    /// <summary>The channel accepted it.</summary>
    Sent = 1,

    /// <summary>It reached the customer's device or browser.</summary>
    Delivered = 2,

    /// <summary>The reader saw it.</summary>
    Read = 3,

    /// <summary>The channel could not deliver it.</summary>
    Failed = 4,
}
