using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

/// <summary>The ACK a client INVITE transaction sends for a non-2xx final response (RFC 3261 §17.1.1.3).</summary>
internal static class SipAckBuilder
{
    public static SipRequest ForNon2xx(SipRequest invite, SipResponse response)
    {
        var ack = new SipRequest(SipMethods.Ack, invite.RequestUri);
        ack.Headers.Add(SipHeaderNames.Via, SipValueSplitter.Split(invite.Headers.Get(SipHeaderNames.Via)!, SipHeaderNames.Via)[0]);
        foreach (var route in invite.Headers.GetAll(SipHeaderNames.Route))
        {
            ack.Headers.Add(SipHeaderNames.Route, route);
        }

        ack.Headers.Add(SipHeaderNames.MaxForwards, "70");
        ack.Headers.Add(SipHeaderNames.From, invite.Headers.Get(SipHeaderNames.From)!);
        ack.Headers.Add(SipHeaderNames.To, response.Headers.Get(SipHeaderNames.To) ?? invite.Headers.Get(SipHeaderNames.To)!);
        ack.Headers.Add(SipHeaderNames.CallId, invite.CallId!);
        ack.Headers.Add(SipHeaderNames.CSeq, new SipCSeq(invite.CSeq!.Sequence, SipMethods.Ack).ToString());
        return ack;
    }
}
