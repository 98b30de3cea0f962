using System.Globalization;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// Session timer negotiation as the UAS of an INVITE (RFC 4028 §9): a Session-Expires below our Min-SE gets 422 with
/// our Min-SE; a larger one than ours is lowered to ours (never below the request's Min-SE); without one we still
/// run ours. The refresher is the one the request names, else the UAC when it supports timers, else us (uas);
/// a UAC without timer support can only leave the refreshing to us.
/// </summary>
internal static class SipSessionTimers
{
    public const string OptionTag = "timer";

    /// <summary>The negotiated timer, or the 422/400 response that refuses the request.</summary>
    public static (SipSessionTimer? Timer, SipResponse? Refusal) Negotiate(SipRequest invite, SipCallOptions options, string? toTag)
    {
        ArgumentNullException.ThrowIfNull(invite);
        ArgumentNullException.ThrowIfNull(options);
        SipSessionTimer? asked;
        long requestMinSe;
        try
        {
            asked = SipSessionTimer.ParseSessionExpires(invite.Headers.Get(SipHeaderNames.SessionExpires));
            requestMinSe = SipSessionTimer.ParseMinSe(invite.Headers.Get(SipHeaderNames.MinSe)) ?? 0;
        }
        catch (SipParseException ex)
        {
            return (null, SipResponse.CreateFor(invite, SipStatusCodes.BadRequest, ex.Reason, toTag));
        }

        if (asked is not null && asked.Seconds < options.MinSeSeconds)
        {
            var tooSmall = SipResponse.CreateFor(invite, SipStatusCodes.SessionIntervalTooSmall, toTag: toTag);
            tooSmall.Headers.Add(SipHeaderNames.MinSe, options.MinSeSeconds.ToString(CultureInfo.InvariantCulture));
            return (null, tooSmall);
        }

        var supported = PeerSupports(invite);
        var seconds = Math.Max(Math.Min(asked?.Seconds ?? options.SessionExpiresSeconds, options.SessionExpiresSeconds), Math.Max(requestMinSe, options.MinSeSeconds));
        var refresher = !supported ? "uas" : asked?.Refresher ?? "uac";
        return (new SipSessionTimer(seconds, refresher), null);
    }

    /// <summary>Whether the request says the peer supports session timers (Supported or Require carries <c>timer</c>).</summary>
    public static bool PeerSupports(SipRequest request) =>
        HasTag(request, SipHeaderNames.Supported) || HasTag(request, SipHeaderNames.Require);

    /// <summary>Adds Supported, Session-Expires and, when the peer supports timers, Require: timer to a 2xx.</summary>
    public static void Stamp(SipResponse response, SipSessionTimer timer, bool peerSupports)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(timer);
        response.Headers.Add(SipHeaderNames.Supported, OptionTag);
        response.Headers.Add(SipHeaderNames.SessionExpires, timer.ToString());
        if (peerSupports)
        {
            response.Headers.Add(SipHeaderNames.Require, OptionTag);
        }
    }

    private static bool HasTag(SipRequest request, string header) =>
        request.Headers.GetAll(header).SelectMany(v => v.Split(',')).Any(t => t.Trim().Equals(OptionTag, StringComparison.OrdinalIgnoreCase));
}
