using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Sip.Calls;

namespace ContactCenter.Plugins.Channels.Voice.Plugin.Outbound;

/// <summary>
/// A call placed through a trunk (<see cref="VoiceOriginator"/>): its interaction, its leg, who calls whom and over
/// which line. Once answered it is the customer's leg of a <see cref="VoiceCallSession"/> like an inbound call: our
/// line's caller id calls (<see cref="Caller"/>), the customer's number is called (<see cref="Called"/>).
/// </summary>
internal sealed record VoiceOriginatedCall(string InteractionId, SipOutboundCall Leg, string Line, string TrunkId, string CallerId, string Number) : ISipCustomerLeg
{
    public string CallId => Leg.CallId;

    public string? Caller => CallerId;

    public string? Called => Number;

    /// <summary>We called the customer: the number dialled (E.164, as <see cref="VoiceOriginator"/> normalised it).</summary>
    public string? CustomerNumber => Number;

    /// <summary>Placed by us through a trunk.</summary>
    public bool Placed => true;

    string? ISipCustomerLeg.Line => Line;

    /// <summary>Ringing until the 2xx made the dialog, answered after, ended once either side hung up.</summary>
    public SipCallState State => Leg.Ended.IsCompleted ? SipCallState.Ended
        : Leg.Dialog is not null ? SipCallState.Answered
        : SipCallState.Ringing;

    public RtpSession Media => Leg.Media;

    public Task<SipCallEndReason> Ended => Leg.Ended;

    /// <summary>The called party answered it already (it is a session only once answered): nothing to do.</summary>
    public Task<bool> AnswerAsync() => Task.FromResult(false);

    public Task HangupAsync() => Leg.HangupAsync();
}
