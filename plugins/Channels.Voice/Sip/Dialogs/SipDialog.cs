using System.Security.Cryptography;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Dialogs;

/// <summary>
/// A dialog (RFC 3261 §12) as the UAS sees it: identified by Call-ID and the two tags; the route set is the
/// INVITE's Record-Route in order, the remote target its Contact; in-dialog requests are built per §12.2.1.1
/// (loose routing; strict-routing proxies are not supported) and remote CSeqs must increase (§12.2.2).
/// </summary>
internal sealed class SipDialog
{
    private readonly Lock _lock = new();
    private long _localSequence = RandomNumberGenerator.GetInt32(1, 1 << 20);

    private SipDialog(string callId, string localTag, string remoteTag, string localUri, string remoteUri, SipUri remoteTarget, IReadOnlyList<string> routeSet, long remoteSequence, SipSource peer, long? localSequence = null)
    {
        _localSequence = localSequence ?? _localSequence;
        CallId = callId;
        LocalTag = localTag;
        RemoteTag = remoteTag;
        LocalUri = localUri;
        RemoteUri = remoteUri;
        RemoteTarget = remoteTarget;
        RouteSet = routeSet;
        RemoteSequence = remoteSequence;
        Peer = peer;
    }

    public string CallId { get; }

    public string LocalTag { get; }

    public string RemoteTag { get; }

    /// <summary>The To of the INVITE without parameters (our From in requests we send).</summary>
    public string LocalUri { get; }

    public string RemoteUri { get; }

    public SipUri RemoteTarget { get; private set; }

    public IReadOnlyList<string> RouteSet { get; }

    public long RemoteSequence { get; private set; }

    /// <summary>Where the INVITE came from: in-dialog requests go back the same way.</summary>
    public SipSource Peer { get; }

    public SipDialogState State { get; set; } = SipDialogState.Early;

    public string Key => KeyOf(CallId, LocalTag);

    public static string KeyOf(string callId, string localTag) => $"{callId}|{localTag}";

    public static SipDialog ForUas(SipRequest invite, string localTag, SipSource peer)
    {
        var from = invite.From!;
        var to = invite.To!;
        var target = invite.Contacts.FirstOrDefault(c => !c.IsWildcard)?.Uri
            ?? throw SipParseException.BadRequest("INVITE without a Contact");
        return new SipDialog(
            invite.CallId!, localTag, from.Tag ?? string.Empty, $"<{to.Uri}>", $"<{from.Uri}>", target,
            invite.RecordRoutes.Select(r => r.ToString()).ToList(), invite.CSeq!.Sequence, peer);
    }

    /// <summary>
    /// The dialog a 2xx to our INVITE creates (§12.1.2): route set from the response's Record-Route in reverse order,
    /// remote target its Contact, our CSeq continuing from the INVITE's, remote sequence empty (0).
    /// </summary>
    public static SipDialog ForUac(SipRequest invite, SipResponse response, SipSource peer)
    {
        var target = response.Contacts.FirstOrDefault(c => !c.IsWildcard)?.Uri ?? invite.RequestUri;
        return new SipDialog(
            invite.CallId!, invite.From!.Tag!, response.To?.Tag ?? string.Empty, $"<{invite.From!.Uri}>", $"<{invite.To!.Uri}>", target,
            response.RecordRoutes.Reverse().Select(r => r.ToString()).ToList(), 0, peer, invite.CSeq!.Sequence);
    }

    /// <summary>The ACK for a 2xx to our INVITE (§13.2.2.4): in-dialog, the INVITE's CSeq number, a new branch.</summary>
    public SipRequest CreateAck(long inviteSequence, string sentBy)
    {
        var ack = CreateRequest(SipMethods.Ack, sentBy, inviteSequence);
        return ack;
    }

    /// <summary>Checks and records a remote request's CSeq: lower or equal is out of order (answer 500).</summary>
    public bool AcceptRemote(SipRequest request)
    {
        lock (_lock)
        {
            var sequence = request.CSeq!.Sequence;
            if (sequence <= RemoteSequence)
            {
                return false;
            }

            RemoteSequence = sequence;
            if (request.Method == SipMethods.Invite && request.Contacts.FirstOrDefault(c => !c.IsWildcard)?.Uri is { } target)
            {
                // A target refresh (§12.2.2): re-INVITE may move the remote target.
                RemoteTarget = target;
            }

            return true;
        }
    }

    /// <summary>An in-dialog request (§12.2.1.1) with a new branch under <paramref name="sentBy"/>.</summary>
    public SipRequest CreateRequest(string method, string sentBy) => CreateRequest(method, sentBy, null);

    private SipRequest CreateRequest(string method, string sentBy, long? fixedSequence)
    {
        long sequence;
        lock (_lock)
        {
            sequence = fixedSequence ?? ++_localSequence;
        }

        var request = new SipRequest(method, RemoteTarget);
        request.Headers.Add(SipHeaderNames.Via, $"SIP/2.0/{Peer.Transport} {sentBy};branch={SipTags.NewBranch()};rport");
        foreach (var route in RouteSet)
        {
            request.Headers.Add(SipHeaderNames.Route, route);
        }

        request.Headers.Add(SipHeaderNames.MaxForwards, "70");
        request.Headers.Add(SipHeaderNames.From, $"{LocalUri};tag={LocalTag}");
        request.Headers.Add(SipHeaderNames.To, string.IsNullOrEmpty(RemoteTag) ? RemoteUri : $"{RemoteUri};tag={RemoteTag}");
        request.Headers.Add(SipHeaderNames.CallId, CallId);
        request.Headers.Add(SipHeaderNames.CSeq, new SipCSeq(sequence, method).ToString());
        return request;
    }
}
