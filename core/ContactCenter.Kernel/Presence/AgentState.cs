using ContactCenter.Sdk.Domain;

namespace ContactCenter.Kernel.Presence;

/// <summary>What an agent grain persists (Orleans grain storage over the kernel store).</summary>
internal sealed class AgentState
{
    public string StatusId { get; set; } = PresenceStatusDefinition.OfflineId;

    public string? ReasonCode { get; set; }

    public bool IsRoutable { get; set; }

    public DateTimeOffset StatusSince { get; set; }

    /// <summary>Set by a missed offer; cleared only when the agent chooses a status.</summary>
    public bool NotResponding { get; set; }

    public RoutingSubState SubState { get; set; }

    public DateTimeOffset SubStateSince { get; set; }

    /// <summary>When the agent last became free of work or routable; reported while idle.</summary>
    public DateTimeOffset? FreeSince { get; set; }

    public List<AgentWorkEntry> Work { get; set; } = [];

    public long Version { get; set; }
}
