namespace ContactCenter.Sdk.Channels;

/// <summary>Something an agent or the system sends to the customer of an interaction.</summary>
public sealed record OutboundMessage
{
    /// <summary>The interaction the message belongs to.</summary>
    public required string InteractionId { get; init; }

    /// <summary>An id the sender chose, so a retried send is delivered once.</summary>
    public required string ClientMessageId { get; init; }

    /// <summary>The text to send.</summary>
    public required string Text { get; init; }

    /// <summary>The agent sending, or <see langword="null"/> for the system.</summary>
    public string? AgentId { get; init; }

    /// <summary>Channel-specific options (e.g. a WhatsApp template name).</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();
}
