namespace ContactCenter.Sdk.Conversations;

/// <summary>What a message in a conversation is.</summary>
public enum MessageKind
{
    /// <summary>Written by the customer.</summary>
    Incoming = 0,

    /// <summary>Written by an agent or the system to the customer.</summary>
    Outgoing = 1,

    /// <summary>Something that happened (an agent joined, the conversation closed); shown to both sides, never sent.</summary>
    Activity = 2,

    /// <summary>A note between agents; never sent to the customer.</summary>
    PrivateNote = 3,
}
