namespace ContactCenter.Host.Shell.Supervision;

/// <summary>How a supervisor takes part in an agent's contact, as the agent is told.</summary>
public enum SupervisionKind
{
    /// <summary>Listening to the call (silent).</summary>
    Listening,

    /// <summary>Whispering to the agent only (coaching).</summary>
    Coaching,

    /// <summary>Barged in: heard by both sides.</summary>
    InTheCall,

    /// <summary>Reading the live chat.</summary>
    Reading,
}
