namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// Texts of activity messages: stable codes that each client shows in its reader's language (the widget in Spanish or
/// English), never sentences stored in one language.
/// </summary>
internal static class ActivityCodes
{
    public const string AgentJoined = "agent-joined";
    public const string Closed = "conversation-closed";
}
