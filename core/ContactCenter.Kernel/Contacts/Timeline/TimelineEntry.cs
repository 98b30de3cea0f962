using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Contacts.Timeline;

/// <summary>
/// One interaction in a customer's history, whatever its channel: what the agent needs to see at a glance. Built from
/// the interaction snapshot and, for digital channels, its conversation; no free text (subject, notes, messages).
/// </summary>
public sealed record TimelineEntry
{
    /// <summary>The interaction id.</summary>
    public required string InteractionId { get; init; }

    /// <summary>The contact the interaction was recorded under (a contact merged into this one keeps its own id here).</summary>
    public required string ContactId { get; init; }

    /// <summary>Voice, chat, email, messaging...</summary>
    public required ChannelKind Channel { get; init; }

    /// <summary>The channel plugin that owns it, if any (<c>cc.whatsapp</c>, <c>cc.webchat</c>, <c>cc.email</c>).</summary>
    public string? ChannelPluginId { get; init; }

    /// <summary>The channel instance within the plugin, if any.</summary>
    public string? ChannelName { get; init; }

    /// <summary>Inbound or outbound.</summary>
    public required Direction Direction { get; init; }

    /// <summary>Its state now.</summary>
    public required InteractionState State { get; init; }

    /// <summary>When it was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When its state last changed (the close time once closed).</summary>
    public required DateTimeOffset StateChangedAt { get; init; }

    /// <summary>Its service line, if any.</summary>
    public string? ServiceLineId { get; init; }

    /// <summary>The queue it waited in, if any.</summary>
    public string? QueueId { get; init; }

    /// <summary>The agent who handled it, if any.</summary>
    public string? AgentId { get; init; }

    /// <summary>The disposition code it was closed with, if any (never the notes).</summary>
    public string? DispositionCode { get; init; }

    /// <summary>The conversation of a digital interaction, if it has one.</summary>
    public TimelineConversation? Conversation { get; init; }
}
