namespace ContactCenter.Sdk.Domain;

/// <summary>
/// A presence status an administrator defined (Available, Break, Lunch, Training, Offline...).
/// It says whether work may be routed to the agent; the system's own <see cref="RoutingSubState"/> is kept apart.
/// </summary>
public sealed record PresenceStatusDefinition
{
    /// <summary>The built-in routable status.</summary>
    public const string AvailableId = "available";

    /// <summary>The built-in status of a signed-out agent.</summary>
    public const string OfflineId = "offline";

    /// <summary>Unique id, e.g. <c>break</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Display name in English and Spanish.</summary>
    public required LocalizedText Name { get; init; }

    /// <summary>Whether work may be offered to an agent in this status.</summary>
    public required bool IsRoutable { get; init; }

    /// <summary>Reason codes an agent may give with this status (e.g. coffee, personal); empty when none.</summary>
    public IReadOnlyList<PresenceReason> Reasons { get; init; } = [];
}
