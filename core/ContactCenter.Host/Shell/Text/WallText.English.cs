namespace ContactCenter.Host.Shell.Text;

public sealed partial record WallText
{
    public static WallText English { get; } = new()
    {
        Lang = "en", Title = "Supervisor wallboard", NotASupervisor = "Your account may not monitor agents. Ask an administrator for the supervisor role.",
        Queues = "Queues", ServiceLines = "Service lines", NoQueues = "No queue of your teams has traffic yet.",
        ServiceLevel = "Service level", Waiting = "Waiting", LongestWait = "Longest wait", Offered = "Offered", Answered = "Answered", HandledToday = "Handled today",
        Abandoned = "Abandoned", Asa = "ASA", Aht = "AHT", NotAvailable = "n/a",
        InternalWaiting = "Internal waiting", InternalWaitingHint = "Internal work (not customers) waiting now: consultations between agents and internal calls.",
        InternalEnded = "Internal ended", InternalEndedHint = "Internal work (not customers) that ended in the window, answered or not.",
        InternalNote = "Internal: consultations between agents and internal calls. They are not customers and are left out of every other figure.",
        Agents = "Agents", NoAgents = "No agents in your teams.", Agent = "Agent", State = "State", TimeInState = "Time in state",
        CurrentInteraction = "Current contact", Actions = "Actions", None = "None",
        Listen = "Listen", Whisper = "Whisper", Barge = "Barge in", Note = "Private note", NoteTo = "Private note to {0}", NoteLabel = "Note (only the agent sees it)",
        SendNote = "Send note", Cancel = "Cancel", NoteSent = "Note sent to {0}.", MonitorStarted = "Calling your phone to {0} on the call of {1}.",
        Refused = "Refused: {0}", OutOfScope = "This contact is outside your teams.", TextRequired = "Write a note first.",
        Stale = "Data stale: the metrics feed is behind. Figures may be out of date.", Fresh = "Live",
        UpdatedAt = "Updated {0}",
        AlertServiceLevel = "Service level of {0} is {1:0.#}% (target {2:0.#}%).",
        AlertOldestWait = "Oldest wait in {0} is {1:0} s (limit {2:0} s).",
        AlertAbandonRate = "Abandon rate of {0} is {1:0.#}% (limit {2:0.#}%).",
        AgentWorkspace = "Agent workspace",
        ForceStatus = "Set status", ForceStatusOf = "Set status of {0}", NewStatus = "New status", Reason = "Reason",
        ChooseReason = "Choose a reason", ReasonRequired = "Choose a reason for this status.", Apply = "Apply",
        StatusForced = "{0} is now {1}. Their current contact goes on; no new offers while the status is not available.",
        StopMonitor = "Stop", MonitorStopped = "You stopped supervising {0}'s call.",
        LiveWork = "Waiting and offered contacts", NoLiveWork = "No contact waits or is being offered in your queues.", Contact = "Contact",
        Queue = "Queue", OfferedTo = "Offered to", Since = "Since", Reassign = "Reassign", ReassignOf = "Reassign {0}",
        ReassignTo = "Send it to", ToAgent = "An agent", ToQueue = "A queue", TargetAgent = "Agent", TargetQueue = "Queue",
        ChooseAgent = "Choose an agent", ChooseQueue = "Choose a queue", AgentRequired = "Choose the agent who should get this contact.",
        QueueRequired = "Choose the queue this contact should wait in.", AlreadyQueued = "This contact already waits in a queue: choose an agent.",
        NoAvailableAgents = "No agent of your teams is available now.", Reassigned = "{0} now goes to {1}.",
        NotReassignable = "Only a contact that waits or is being offered can be reassigned; this one has moved on.",
        AgentUnavailable = "That agent cannot take it now (not available, no room or an offer pending).", UnknownTarget = "That agent or queue does not exist.",
        Reading = "You are reading this chat: the agent sees that you are.",
    };
}
