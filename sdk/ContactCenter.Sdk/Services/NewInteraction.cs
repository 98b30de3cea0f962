using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Services;

/// <summary>What a new interaction is. The kernel assigns its id, version and timestamps.</summary>
public sealed record NewInteraction
{
    /// <summary>The channel kind.</summary>
    public required ChannelKind Channel { get; init; }

    /// <summary>Who started it.</summary>
    public Direction Direction { get; init; } = Direction.Inbound;

    /// <summary>The channel (within the calling plugin) that owns it; the kernel records the plugin id itself.</summary>
    public string? ChannelName { get; init; }

    /// <summary>The channel's own reference (SIP Call-ID, conversation id); unique per channel when given.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The service line.</summary>
    public string? ServiceLineId { get; init; }

    /// <summary>The customer, when known.</summary>
    public string? ContactId { get; init; }

    /// <summary>A short subject.</summary>
    public string? Subject { get; init; }

    /// <summary>Channel and business attributes; not for personal data.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
