namespace ContactCenter.Kernel.Presence;

/// <summary>Why the kernel did not extend an agent's wrap-up.</summary>
public enum WrapUpExtendRefusal
{
    /// <summary>Not refused: the wrap-up was extended.</summary>
    None = 0,

    /// <summary>The agent holds no such interaction in wrap-up (never had it, or it is already closed).</summary>
    NotInWrapUp = 1,

    /// <summary>The wrap-up has no time limit (a manual queue, or work without a queue): there is nothing to extend.</summary>
    NoTimeLimit = 2,

    /// <summary>The wrap-up time is up: the timeout code is closing the interaction.</summary>
    TimeIsUp = 3,

    /// <summary>The queue's wrap-up time is fixed (<c>MaxWrapUpExtensions</c> 0): the documented no-early-exit exception.</summary>
    Fixed = 4,

    /// <summary>The agent already used every extension the queue allows for this interaction.</summary>
    LimitReached = 5,
}
