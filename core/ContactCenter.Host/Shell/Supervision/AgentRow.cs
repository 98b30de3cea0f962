using ContactCenter.Sdk.Domain;

namespace ContactCenter.Host.Shell.Supervision;

/// <summary>One line of the wallboard's agent grid: the agent, their presence and the contact they work on now.</summary>
/// <param name="AgentId">The agent.</param>
/// <param name="Name">Their display name.</param>
/// <param name="Presence">Their presence, or null when never signed in.</param>
/// <param name="Current">The interaction they are connected to or wrapping up (the first one), or null.</param>
/// <param name="HandledToday">Contacts they closed today.</param>
public sealed record AgentRow(string AgentId, string Name, AgentPresence? Presence, Interaction? Current, int HandledToday);
