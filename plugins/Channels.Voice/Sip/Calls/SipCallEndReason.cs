namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>Why a call ended.</summary>
internal enum SipCallEndReason
{
    /// <summary>The caller sent BYE.</summary>
    RemoteHangup,

    /// <summary>We hung up (BYE sent, or the unanswered call rejected).</summary>
    LocalHangup,

    /// <summary>The caller cancelled before the answer (CANCEL, 487).</summary>
    Cancelled,

    /// <summary>We rejected the call with a final error response.</summary>
    Rejected,

    /// <summary>Our 2xx was never acknowledged (64*T1): ended with a BYE (RFC 3261 §13.3.1.4).</summary>
    AckTimeout,

    /// <summary>The session timer ran out without a refresh (RFC 4028 §10): ended with a BYE.</summary>
    SessionExpired,
}
