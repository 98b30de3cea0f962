namespace ContactCenter.Host.Shell.Text;

public sealed partial record DrillText
{
    public static DrillText English { get; } = new()
    {
        Lang = "en", Breadcrumb = "Breadcrumb", AgentTitle = "Agent {0}", QueueTitle = "Queue {0}",
        NotYours = "Not found, or not in your teams: this agent or queue does not exist or is not one you supervise.",
        BackToWallboard = "Back to the wallboard", Status = "Status", SubState = "Sub-state", Reason = "Reason", Since = "Since",
        CurrentContacts = "Current contacts", NoContacts = "No contact in hand.", Channel = "Channel", Customer = "Customer", Queue = "Queue",
        ContactState = "State", Today = "Today", Handled = "Handled", Occupancy = "Occupancy", Transfers = "Transfers",
        History = "Status history today",
        HistorySource = "From the presence changes the metrics engine saw today; after a restart it starts at the state the agent was in then.",
        At = "Time", Figures = "Figures (last {0:0} min)", AbandonRate = "Abandon rate", Target = "target {0:0.#}%", BelowTarget = "below target",
        WaitingContacts = "Waiting contacts, longest first", NoneWaiting = "Nobody is waiting.", Position = "#", Wait = "Waiting for",
        AgentsServing = "Agents serving this queue", NoAgentsServing = "No agent of your teams serves this queue.",
    };
}
