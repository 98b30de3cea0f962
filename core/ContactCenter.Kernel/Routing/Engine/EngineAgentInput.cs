using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Routing.Engine;

/// <summary>An agent as the directory and presence describe it, fed to the engine.</summary>
internal sealed record EngineAgentInput
{
    public required string Id { get; init; }

    public IReadOnlyList<AgentSkill> Skills { get; init; } = [];

    public IReadOnlyList<string> TeamIds { get; init; } = [];

    public ChannelCapacity Capacity { get; init; } = ChannelCapacity.Default;

    public bool Routable { get; init; }

    public bool NotResponding { get; init; }

    public IReadOnlyList<AgentWorkItem> Work { get; init; } = [];

    public DateTimeOffset? IdleSince { get; init; }

    /// <summary>Presence version; an input older than what the engine has changes nothing.</summary>
    public long Version { get; init; }
}
