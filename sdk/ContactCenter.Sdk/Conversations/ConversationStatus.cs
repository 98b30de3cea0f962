namespace ContactCenter.Sdk.Conversations;

/// <summary>Whether a conversation still takes messages.</summary>
public enum ConversationStatus
{
    /// <summary>Open: the customer's next message joins it.</summary>
    Open = 0,

    /// <summary>Closed: the customer's next message starts a new conversation.</summary>
    Closed = 1,
}
