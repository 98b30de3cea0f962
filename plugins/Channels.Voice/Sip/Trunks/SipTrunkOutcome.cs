using ContactCenter.Plugins.Channels.Voice.Sip.Calls;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Trunks;

/// <summary>How a call placed through a carrier's trunk went.</summary>
internal enum SipTrunkOutcome
{
    /// <summary>2xx with a usable SDP answer: media flows.</summary>
    Answered,

    /// <summary>486 Busy Here or 600 Busy Everywhere.</summary>
    Busy,

    /// <summary>Nobody answered: our ring timeout (CANCEL, 487), or 408/480 from the carrier.</summary>
    NoAnswer,

    /// <summary>The carrier or the called network refused the call: 403, 404, 484, 603, 5xx, other errors, or our credentials.</summary>
    Rejected,

    /// <summary>The trunk cannot be reached: the transport failed, or the carrier never answered our INVITE.</summary>
    TrunkDown,
}

/// <summary>Maps a finished trunk INVITE to its <see cref="SipTrunkOutcome"/>.</summary>
internal static class SipTrunkOutcomes
{
    public static SipTrunkOutcome Of(SipDialOutcome outcome, SipOutboundCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (call.TransportFailed || (!call.PeerResponded && call.FinalStatus == SipStatusCodes.RequestTimeout))
        {
            return SipTrunkOutcome.TrunkDown;
        }

        return outcome switch
        {
            SipDialOutcome.Answered => SipTrunkOutcome.Answered,
            SipDialOutcome.Busy => SipTrunkOutcome.Busy,
            SipDialOutcome.NoAnswer => SipTrunkOutcome.NoAnswer,
            _ when call.FinalStatus is SipStatusCodes.RequestTimeout or SipStatusCodes.TemporarilyUnavailable or SipStatusCodes.RequestTerminated => SipTrunkOutcome.NoAnswer,
            _ => SipTrunkOutcome.Rejected,
        };
    }
}
