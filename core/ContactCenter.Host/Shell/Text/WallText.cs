namespace ContactCenter.Host.Shell.Text;

/// <summary>Every text the supervisor wallboard shows, in one language (<see cref="English"/> or <see cref="Spanish"/>).</summary>
public sealed partial record WallText
{
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string NotASupervisor { get; init; }
    public required string Queues { get; init; }
    public required string ServiceLines { get; init; }
    public required string NoQueues { get; init; }
    public required string ServiceLevel { get; init; }
    public required string Waiting { get; init; }
    public required string LongestWait { get; init; }
    public required string Offered { get; init; }
    public required string Answered { get; init; }
    public required string HandledToday { get; init; }
    public required string Abandoned { get; init; }
    public required string Asa { get; init; }
    public required string Aht { get; init; }
    public required string InternalWaiting { get; init; }
    public required string InternalWaitingHint { get; init; }
    public required string InternalEnded { get; init; }
    public required string InternalEndedHint { get; init; }
    public required string InternalNote { get; init; }
    public required string NotAvailable { get; init; }
    public required string Agents { get; init; }
    public required string NoAgents { get; init; }
    public required string Agent { get; init; }
    public required string State { get; init; }
    public required string TimeInState { get; init; }
    public required string CurrentInteraction { get; init; }
    public required string Actions { get; init; }
    public required string None { get; init; }
    public required string Listen { get; init; }
    public required string Whisper { get; init; }
    public required string Barge { get; init; }
    public required string Note { get; init; }
    public required string NoteTo { get; init; }
    public required string NoteLabel { get; init; }
    public required string SendNote { get; init; }
    public required string Cancel { get; init; }
    public required string NoteSent { get; init; }
    public required string MonitorStarted { get; init; }
    public required string Refused { get; init; }
    public required string OutOfScope { get; init; }
    public required string TextRequired { get; init; }
    public required string Stale { get; init; }
    public required string Fresh { get; init; }
    public required string UpdatedAt { get; init; }
    public required string AlertServiceLevel { get; init; }
    public required string AlertOldestWait { get; init; }
    public required string AlertAbandonRate { get; init; }
    public required string AgentWorkspace { get; init; }
    public required string ForceStatus { get; init; }
    public required string ForceStatusOf { get; init; }
    public required string NewStatus { get; init; }
    public required string Reason { get; init; }
    public required string ChooseReason { get; init; }
    public required string ReasonRequired { get; init; }
    public required string Apply { get; init; }
    public required string StatusForced { get; init; }
    public required string StopMonitor { get; init; }
    public required string MonitorStopped { get; init; }
    public required string LiveWork { get; init; }
    public required string NoLiveWork { get; init; }
    public required string Contact { get; init; }
    public required string Queue { get; init; }
    public required string OfferedTo { get; init; }
    public required string Since { get; init; }
    public required string Reassign { get; init; }
    public required string ReassignOf { get; init; }
    public required string ReassignTo { get; init; }
    public required string ToAgent { get; init; }
    public required string ToQueue { get; init; }
    public required string TargetAgent { get; init; }
    public required string TargetQueue { get; init; }
    public required string ChooseAgent { get; init; }
    public required string ChooseQueue { get; init; }
    public required string AgentRequired { get; init; }
    public required string QueueRequired { get; init; }
    public required string AlreadyQueued { get; init; }
    public required string NoAvailableAgents { get; init; }
    public required string Reassigned { get; init; }
    public required string NotReassignable { get; init; }
    public required string AgentUnavailable { get; init; }
    public required string UnknownTarget { get; init; }
    public required string Reading { get; init; }

    /// <summary>The texts for <paramref name="lang"/> (<c>es</c> or English).</summary>
    public static WallText For(string lang) => lang == "es" ? Spanish : English;
}
