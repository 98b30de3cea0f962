namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>How a call we originated (a B2BUA leg to an agent's phone) was answered.</summary>
internal enum SipDialOutcome
{
    /// <summary>2xx with an acceptable SDP answer: media flows.</summary>
    Answered,

    /// <summary>486 Busy Here or 600 Busy Everywhere.</summary>
    Busy,

    /// <summary>603 Decline: the person refused the call.</summary>
    Declined,

    /// <summary>No final answer in time: we cancelled (487), or 408/480 came back, or the transaction timed out.</summary>
    NoAnswer,

    /// <summary>Any other failure: another error status, an unusable answer, an unreachable target.</summary>
    Failed,
}
