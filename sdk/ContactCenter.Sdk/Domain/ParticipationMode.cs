namespace ContactCenter.Sdk.Domain;

/// <summary>How a participant is heard or seen by the others.</summary>
public enum ParticipationMode
{
    /// <summary>Heard by everyone (customer, agent, conference members).</summary>
    Normal = 0,

    /// <summary>Silent monitoring: hears everyone, heard by no one.</summary>
    Listen = 1,

    /// <summary>Coaching: heard by the agent only.</summary>
    Whisper = 2,

    /// <summary>Barge-in: heard by the agent and the customer.</summary>
    Barge = 3,
}
