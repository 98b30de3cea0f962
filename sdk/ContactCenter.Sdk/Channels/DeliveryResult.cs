namespace ContactCenter.Sdk.Channels;

/// <summary>What a channel did with an <see cref="OutboundMessage"/>.</summary>
/// <param name="Accepted">Whether the channel accepted the message for delivery.</param>
/// <param name="ExternalMessageId">The channel's own id for the message, when accepted.</param>
/// <param name="Error">Why it was refused, when not accepted; safe to show to the agent.</param>
public sealed record DeliveryResult(bool Accepted, string? ExternalMessageId = null, string? Error = null)
{
    /// <summary>An accepted delivery.</summary>
    /// <param name="externalMessageId">The channel's own id for the message.</param>
    /// <returns>The result.</returns>
    public static DeliveryResult Ok(string? externalMessageId = null) => new(true, externalMessageId);

    /// <summary>A refused delivery.</summary>
    /// <param name="error">Why; safe to show to the agent.</param>
    /// <returns>The result.</returns>
    public static DeliveryResult Refused(string error) => new(false, null, error);
}
