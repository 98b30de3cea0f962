namespace ContactCenter.Sdk.Domain;

/// <summary>
/// One contact between a customer and the contact center, on any channel, from creation to close.
/// Immutable snapshot: each transition produces a new snapshot with a higher <see cref="Version"/>.
/// </summary>
public sealed record Interaction
{
    /// <summary>Unique id assigned by the kernel.</summary>
    public required string Id { get; init; }

    /// <summary>The channel kind the interaction travels on.</summary>
    public required ChannelKind Channel { get; init; }

    /// <summary>Who started the interaction.</summary>
    public required Direction Direction { get; init; }

    /// <summary>The current lifecycle state.</summary>
    public required InteractionState State { get; init; }

    /// <summary>Monotonic version, incremented by each transition; starts at 1.</summary>
    public required long Version { get; init; }

    /// <summary>The id of the plugin whose channel owns the interaction, when a plugin created it.</summary>
    public string? ChannelPluginId { get; init; }

    /// <summary>The name of the channel within <see cref="ChannelPluginId"/>.</summary>
    public string? ChannelName { get; init; }

    /// <summary>The channel's own reference (SIP Call-ID, conversation id, email thread id).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The service line (e.g. Autos, Salud) the interaction belongs to.</summary>
    public string? ServiceLineId { get; init; }

    /// <summary>The queue the interaction waits or waited in.</summary>
    public string? QueueId { get; init; }

    /// <summary>The customer, when known.</summary>
    public string? ContactId { get; init; }

    /// <summary>The agent offered, connected or wrapping up; <see langword="null"/> otherwise.</summary>
    public string? AgentId { get; init; }

    /// <summary>Routing priority from 1 (lowest) to 99 (highest).</summary>
    public int Priority { get; init; } = 50;

    /// <summary>Skills an agent needs to serve the interaction.</summary>
    public IReadOnlyList<SkillRequirement> RequiredSkills { get; init; } = [];

    /// <summary>An agent to try first (the customer's last agent, one a bot or CRM named).</summary>
    public string? PreferredAgentId { get; init; }

    /// <summary>A short human-readable subject (email subject, IVR menu choice).</summary>
    public string? Subject { get; init; }

    /// <summary>When the interaction was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the current state was entered.</summary>
    public required DateTimeOffset StateChangedAt { get; init; }

    /// <summary>When the interaction first entered its current queue; keeps its position across re-queues.</summary>
    public DateTimeOffset? QueuedAt { get; init; }

    /// <summary>When the current offer expires, while <see cref="State"/> is <see cref="InteractionState.Offered"/>.</summary>
    public DateTimeOffset? OfferExpiresAt { get; init; }

    /// <summary>The legs of the interaction: one per queue or agent segment, in order.</summary>
    public IReadOnlyList<InteractionLeg> Legs { get; init; } = [];

    /// <summary>Everyone who took part: customer, agents, supervisors, bots.</summary>
    public IReadOnlyList<Participant> Participants { get; init; } = [];

    /// <summary>The disposition code the interaction was closed with.</summary>
    public DispositionRef? Disposition { get; init; }

    /// <summary>The reason of the last abandonment, failure or transfer, when one was given.</summary>
    public string? Reason { get; init; }

    /// <summary>Channel and business attributes (e.g. dialled number, IVR choice). Not for personal data.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
