namespace ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

/// <summary>
/// RFC 3261 §17 timer base values and the timers derived from them (table 4); tests shrink T1 or fake the time.
/// On reliable transports the retransmission timers (A, E, G) are not used and the wait timers D, I, J, K are zero.
/// </summary>
internal sealed record SipTimers
{
    /// <summary>RTT estimate (default 500 ms).</summary>
    public TimeSpan T1 { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Maximum retransmit interval for non-INVITE requests and INVITE responses (default 4 s).</summary>
    public TimeSpan T2 { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Maximum time a message stays in the network (default 5 s).</summary>
    public TimeSpan T4 { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Timers B, F, H (and RFC 6026's L, M): transaction timeouts, 64*T1.</summary>
    public TimeSpan Timeout => T1 * 64;

    /// <summary>
    /// Timer D: how long a completed INVITE client transaction absorbs response retransmissions on UDP. RFC 3261 asks
    /// for at least 32 s; 64*T1 is exactly that with the default T1 and scales down with it in tests.
    /// </summary>
    public TimeSpan TimerD(bool reliable) => reliable ? TimeSpan.Zero : T1 * 64;

    /// <summary>Timer I: how long a confirmed INVITE server transaction absorbs ACK retransmissions (T4 on UDP).</summary>
    public TimeSpan TimerI(bool reliable) => reliable ? TimeSpan.Zero : T4;

    /// <summary>Timer J: how long a completed non-INVITE server transaction absorbs retransmissions (64*T1 on UDP).</summary>
    public TimeSpan TimerJ(bool reliable) => reliable ? TimeSpan.Zero : T1 * 64;

    /// <summary>Timer K: how long a completed non-INVITE client transaction absorbs response retransmissions (T4 on UDP).</summary>
    public TimeSpan TimerK(bool reliable) => reliable ? TimeSpan.Zero : T4;

    /// <summary>The next retransmission interval: doubled, capped at T2 when <paramref name="capped"/> (timers E and G).</summary>
    public TimeSpan Next(TimeSpan interval, bool capped) => capped && interval * 2 > T2 ? T2 : interval * 2;
}
