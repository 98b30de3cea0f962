namespace ContactCenter.Host.Shell.Text;

/// <summary>The texts of the supervisor's drill-down pages (one agent, one queue), in one language.</summary>
public sealed partial record DrillText
{
    public required string Lang { get; init; }
    public required string Breadcrumb { get; init; }
    public required string AgentTitle { get; init; }
    public required string QueueTitle { get; init; }
    public required string NotYours { get; init; }
    public required string BackToWallboard { get; init; }
    public required string Status { get; init; }
    public required string SubState { get; init; }
    public required string Reason { get; init; }
    public required string Since { get; init; }
    public required string CurrentContacts { get; init; }
    public required string NoContacts { get; init; }
    public required string Channel { get; init; }
    public required string Customer { get; init; }
    public required string Queue { get; init; }
    public required string ContactState { get; init; }
    public required string Today { get; init; }
    public required string Handled { get; init; }
    public required string Occupancy { get; init; }
    public required string Transfers { get; init; }
    public required string History { get; init; }
    public required string HistorySource { get; init; }
    public required string At { get; init; }
    public required string Figures { get; init; }
    public required string AbandonRate { get; init; }
    public required string Target { get; init; }
    public required string BelowTarget { get; init; }
    public required string WaitingContacts { get; init; }
    public required string NoneWaiting { get; init; }
    public required string Position { get; init; }
    public required string Wait { get; init; }
    public required string AgentsServing { get; init; }
    public required string NoAgentsServing { get; init; }

    /// <summary>The texts for <paramref name="lang"/> (<c>es</c> or English).</summary>
    public static DrillText For(string lang) => lang == "es" ? Spanish : English;
}
