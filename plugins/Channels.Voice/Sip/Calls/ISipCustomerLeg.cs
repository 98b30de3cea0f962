using ContactCenter.Plugins.Channels.Voice.Media.Rtp;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// The customer's side of a call session, whichever way it was set up: an inbound call we answer (<see cref="SipCall"/>)
/// or a call we placed through a trunk and the called party answered. What the session, the bridge, the recorder and
/// the prompts need of it: who calls whom over which line, its state, its RTP session, and answering or hanging it up.
/// </summary>
internal interface ISipCustomerLeg
{
    string CallId { get; }

    /// <summary>The calling party's user part (From): the customer inbound, our line's caller id outbound.</summary>
    string? Caller { get; }

    /// <summary>The called party's user part: the DID or line inbound, the customer's number outbound.</summary>
    string? Called { get; }

    /// <summary>
    /// The customer's number as the leg knows it, whichever way the call went: the caller's user part inbound
    /// (<see cref="Caller"/>), the number we dialled outbound (<see cref="Called"/>, already normalised to E.164).
    /// </summary>
    string? CustomerNumber { get; }

    /// <summary>True when we placed the call (the customer was called through a trunk), false for an inbound call.</summary>
    bool Placed { get; }

    /// <summary>The service line the call belongs to.</summary>
    string? Line { get; }

    SipCallState State { get; }

    RtpSession Media { get; }

    Task<SipCallEndReason> Ended { get; }

    /// <summary>Answers the leg when it still rings; false when it is already answered or over.</summary>
    Task<bool> AnswerAsync();

    /// <summary>Ends the leg from our side (BYE when answered).</summary>
    Task HangupAsync();
}
