namespace ContactCenter.Host.Hubs;

/// <summary>SignalR group names.</summary>
internal static class HubGroups
{
    public const string Supervisors = "supervisors";

    public static string Agent(string agentId) => "agent:" + agentId;
}
