using ContactCenter.Sdk.Domain;

namespace ContactCenter.Sdk.Events;

/// <summary>Data of <see cref="EventTypes.PresenceChanged"/>.</summary>
/// <param name="Previous">The presence before the change; <see langword="null"/> for an agent's first presence.</param>
/// <param name="Current">The presence after the change.</param>
public sealed record PresenceChanged(AgentPresence? Previous, AgentPresence Current);
