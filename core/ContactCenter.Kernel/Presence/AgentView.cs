using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>What routing needs to know about an agent: presence, skills, teams and the NotResponding flag.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record AgentView
{
    [Id(0)] public required AgentPresence Presence { get; init; }

    [Id(1)] public AgentSkill[] Skills { get; init; } = [];

    [Id(2)] public string[] TeamIds { get; init; } = [];

    /// <summary>A missed offer keeps the agent out of routing until it chooses a status, even while it has other work.</summary>
    [Id(3)] public bool NotResponding { get; init; }

    public string AgentId => Presence.AgentId;
}
