namespace ContactCenter.Host.Shell.Text;

public sealed partial record ReadText
{
    public static ReadText English { get; } = new()
    {
        Lang = "en", Title = "Conversation (live)", Empty = "No messages yet.", Customer = "Customer", Agent = "Agent {0}",
        AgentNote = "Private note by agent {0}", SupervisorNote = "Private note by supervisor {0}",
        Activity = "Activity", Received = "received", Sent = "sent", Attachments = "Attachments",
    };
}
