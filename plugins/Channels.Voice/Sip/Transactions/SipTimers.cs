namespace ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

/// <summary>RFC 3261 §17 timer base values; tests shrink T1 so timeouts stay short.</summary>
internal sealed record SipTimers
{
    /// <summary>RTT estimate (default 500 ms).</summary>
    public TimeSpan T1 { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Maximum retransmit interval for non-INVITE requests and INVITE responses (default 4 s).</summary>
    public TimeSpan T2 { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Maximum time a message stays in the network (default 5 s).</summary>
    public TimeSpan T4 { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Timer J: how long a completed non-INVITE server transaction absorbs retransmissions (64*T1 on UDP).</summary>
    public TimeSpan TimerJ(bool reliable) => reliable ? TimeSpan.Zero : T1 * 64;
}
