namespace ContactCenter.Sdk.Voice;

/// <summary>An outbound call to place.</summary>
public sealed record OriginateRequest
{
    /// <summary>Who to call: an E.164 number (<c>+34911234567</c>, sent to the configured trunk) or a SIP URI.</summary>
    public required string Destination { get; init; }

    /// <summary>The service line the call is placed from (its caller id and queue), as configured in the voice plugin.</summary>
    public required string ServiceLine { get; init; }
}
