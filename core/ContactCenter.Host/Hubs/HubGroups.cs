namespace ContactCenter.Host.Hubs;

/// <summary>SignalR group names.</summary>
internal static class HubGroups
{
    public const string Supervisors = "supervisors";

    public static string Agent(string agentId) => "agent:" + agentId;

    /// <summary>Supervisors scoped to one team (the unscoped ones are in <see cref="Supervisors"/>).</summary>
    public static string Team(string teamId) => "team:" + teamId;
}
