using System.Net;
using System.Text;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Sip.Dialogs;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// A call we originate (UAC, RFC 3261 §13.2): the B2BUA leg towards an agent's registered phone or through a carrier's
/// trunk. The INVITE carries our SDP offer; a 2xx creates the dialog, is ACKed (again for each retransmission) and its
/// answer configures the media; <see cref="CancelAsync"/> sends CANCEL once a provisional arrived (§9.1) and BYE if
/// the 2xx won the race. Early media without PRACK (RFC 3960's gateway model): a 180/183 with SDP is the answer to our
/// offer (RFC 3264), so RTP starts to and from its address at once (the carrier's ringback or announcement); the 2xx
/// with the same SDP or none keeps those media, with another SDP re-targets them. A 2xx from another fork (another To
/// tag) after the first is ACKed and ended with BYE (§13.2.2.4).
/// </summary>
internal sealed class SipOutboundCall
{
    private readonly ISipSender _sender;
    private SipRequest _invite;
    private readonly SipSource _peer;
    private readonly IPEndPoint _destination;
    private readonly TaskCompletionSource<SipDialOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SipCallEndReason> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private bool _provisional;
    private bool _cancelRequested;
    private bool _cancelSent;
    private readonly IReadOnlyList<SdpCrypto>? _cryptos;
    private readonly bool _secureOnly;
    private byte[]? _ack;
    private string? _earlyAnswer;
    private readonly Dictionary<string, byte[]> _forkAcks = new(StringComparer.Ordinal);

    public SipOutboundCall(SipRequest invite, SipSource peer, IPEndPoint destination, RtpSession media, ISipSender sender, IReadOnlyList<SdpCrypto>? cryptos = null, bool secureOnly = false)
    {
        _cryptos = cryptos;
        _secureOnly = secureOnly;
        _invite = invite;
        _peer = peer;
        _destination = destination;
        _sender = sender;
        Media = media;
    }

    public string CallId => _invite.CallId!;

    public string LocalTag => _invite.From!.Tag!;

    /// <summary>The INVITE last sent (after a digest challenge, the one with credentials).</summary>
    public SipRequest Invite => _invite;

    /// <summary>
    /// Answers a 401/407 to the INVITE (a call through a trunk): given the INVITE and the challenge, the INVITE to send
    /// instead (same Call-ID and From tag, next CSeq, credentials), or null to give up with that status. Null: every
    /// challenge is final (legs to agents' phones).
    /// </summary>
    public Func<SipRequest, SipResponse, SipRequest?>? Reauthenticate { get; init; }

    /// <summary>True when the peer sent any response to our INVITE (a provisional or a final one of its own).</summary>
    public bool PeerResponded { get; private set; }

    /// <summary>True when the INVITE could not be sent at all (the transport failed).</summary>
    public bool TransportFailed { get; private set; }

    public RtpSession Media { get; }

    /// <summary>The dialog, once a 2xx arrived.</summary>
    public SipDialog? Dialog { get; private set; }

    /// <summary>The final status the INVITE got (0 while pending).</summary>
    public int FinalStatus { get; private set; }

    /// <summary>True once a 180/183 said the phone rings.</summary>
    public bool Ringing { get; private set; }

    /// <summary>True once a 180/183 carried a usable SDP answer: media flow before the call is answered.</summary>
    public bool EarlyMedia { get; private set; }

    /// <summary>RTP packets received in early media, counted when the final response arrived (0 without early media).</summary>
    public long EarlyMediaPackets { get; private set; }

    /// <summary>Why the 2xx was ended with BYE at once (its SDP answer unusable, e.g. plain RTP when SRTP is mandatory); null otherwise.</summary>
    public string? AnswerRefusal { get; private set; }

    public Task<SipDialOutcome> Outcome => _outcome.Task;

    public Task<SipCallEndReason> Ended => _ended.Task;

    /// <summary>
    /// Carries out a transfer the phone asked for with REFER (RFC 3515) and returns the final status reported to it
    /// in the NOTIFY's sipfrag (2xx: done, this leg is then released with BYE; 404: unknown target; ...). Null: this
    /// leg may not transfer (the REFER gets 403).
    /// </summary>
    public Func<SipUri, Task<int>>? TransferHandler { get; set; }

    /// <summary>Sends the INVITE and settles <see cref="Outcome"/> with its final response.</summary>
    internal async Task RunAsync()
    {
        SipResponse final;
        try
        {
            final = await SendInviteAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The transport refused the INVITE (network unreachable, socket closed): nothing reached the peer.
            TransportFailed = true;
            _outcome.TrySetResult(SipDialOutcome.Failed);
            _ended.TrySetResult(SipCallEndReason.Rejected);
            return;
        }

        FinalStatus = final.StatusCode;
        if (EarlyMedia)
        {
            EarlyMediaPackets = Media.PacketsReceived;
        }

        if (final.StatusCode is >= 200 and < 300)
        {
            await OnSuccessAsync(final).ConfigureAwait(false);
            return;
        }

        _outcome.TrySetResult(Classify(final.StatusCode));
        _ended.TrySetResult(_cancelRequested ? SipCallEndReason.Cancelled : SipCallEndReason.Rejected);
    }

    /// <summary>
    /// The INVITE's final response; a 401/407 is answered through <see cref="Reauthenticate"/> with a new INVITE (the
    /// client transaction already ACKed the challenge), unless we are cancelling. Bounded by what it answers: a repeat
    /// challenge it refuses ends the exchange with that status.
    /// </summary>
    private async Task<SipResponse> SendInviteAsync()
    {
        while (true)
        {
            SipRequest invite;
            lock (_lock)
            {
                invite = _invite;
            }

            var final = await _sender.SendRequestAsync(invite, _peer, _destination, OnProvisional).ConfigureAwait(false);
            // Timer B's own 408 has no To tag; any response the peer sent (even a 408) carries one (§8.2.6.2).
            PeerResponded |= final.StatusCode != SipStatusCodes.RequestTimeout || final.To?.Tag is not null || _provisional;
            if (final.StatusCode is not (SipStatusCodes.Unauthorized or 407) || Reauthenticate?.Invoke(invite, final) is not { } next)
            {
                return final;
            }

            lock (_lock)
            {
                if (_cancelRequested)
                {
                    return final;
                }

                // A new INVITE transaction: CANCEL waits for one of its provisionals again (§9.1).
                _invite = next;
                _provisional = false;
            }
        }
    }

    /// <summary>Stops ringing (CANCEL; deferred until the first provisional) or, once answered, hangs up.</summary>
    public async Task CancelAsync()
    {
        bool sendNow;
        lock (_lock)
        {
            if (Dialog is not null || _ended.Task.IsCompleted)
            {
                sendNow = false;
            }
            else
            {
                _cancelRequested = true;
                sendNow = _provisional && !_cancelSent;
                _cancelSent |= sendNow;
            }
        }

        if (Dialog is not null)
        {
            await HangupAsync().ConfigureAwait(false);
        }
        else if (sendNow)
        {
            await SendCancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Ends an answered call with BYE (awaits its final response); before the answer, cancels.</summary>
    public async Task HangupAsync()
    {
        if (Dialog is not { } dialog)
        {
            await CancelAsync().ConfigureAwait(false);
            return;
        }

        if (!End(SipCallEndReason.LocalHangup))
        {
            return;
        }

        var bye = dialog.CreateRequest(SipMethods.Bye, _sender.SentBy(_peer));
        await _sender.SendRequestAsync(bye, _peer, SipTargets.Destination(dialog)).ConfigureAwait(false);
    }

    internal SipResponse OnBye(SipRequest bye)
    {
        if (Dialog is not { } dialog || !dialog.AcceptRemote(bye))
        {
            return SipResponse.CreateFor(bye, SipStatusCodes.ServerInternalError, "CSeq out of order");
        }

        End(SipCallEndReason.RemoteHangup);
        return SipResponse.CreateFor(bye, SipStatusCodes.Ok);
    }

    /// <summary>
    /// An UPDATE (RFC 3311) from the agent's phone in the confirmed leg: a refresh without SDP is answered 200 (this
    /// leg runs no session timer of its own); an SDP offer is refused with 488, as the leg's media stay as answered.
    /// </summary>
    internal SipResponse OnUpdate(SipRequest update)
    {
        if (Dialog is not { State: SipDialogState.Confirmed } dialog)
        {
            return SipResponse.CreateFor(update, SipStatusCodes.CallDoesNotExist, "UPDATE outside a dialog");
        }

        if (!dialog.AcceptRemote(update))
        {
            return SipResponse.CreateFor(update, SipStatusCodes.ServerInternalError, "CSeq out of order");
        }

        if (update.Body.Length > 0)
        {
            return SipResponse.CreateFor(update, SipStatusCodes.NotAcceptableHere, "Media changes by UPDATE are not supported on this leg");
        }

        var response = SipResponse.CreateFor(update, SipStatusCodes.Ok);
        response.Headers.Add(SipHeaderNames.Contact, $"<sip:cc@{_sender.SentBy(_peer)}>");
        return response;
    }

    /// <summary>
    /// The implicit subscription of an accepted REFER (RFC 3515 §2.4.4): NOTIFY <c>100 Trying</c>, the transfer, the
    /// final NOTIFY with its outcome (subscription terminated), then BYE when the transfer succeeded.
    /// </summary>
    internal async Task RunReferralAsync(SipUri target, long referSequence, Func<SipUri, Task<int>> transfer)
    {
        await NotifyAsync(referSequence, SipStatusCodes.Trying, "active;expires=60").ConfigureAwait(false);
        int status;
        try
        {
            status = await transfer(target).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Application boundary (the plugin's transfer): the phone hears 500 and the call stays as it was.
            status = SipStatusCodes.ServerInternalError;
        }

        await NotifyAsync(referSequence, status, "terminated;reason=noresource").ConfigureAwait(false);
        if (status is >= 200 and < 300)
        {
            await HangupAsync().ConfigureAwait(false);
        }
    }

    private async Task NotifyAsync(long referSequence, int status, string subscriptionState)
    {
        if (Dialog is not { } dialog || _ended.Task.IsCompleted)
        {
            return;
        }

        var sentBy = _sender.SentBy(_peer);
        var notify = dialog.CreateRequest(SipMethods.Notify, sentBy);
        notify.Headers.Add(SipHeaderNames.Contact, $"<sip:cc@{sentBy}>");
        notify.Headers.Add(SipHeaderNames.Event, $"refer;id={referSequence.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        notify.Headers.Add(SipHeaderNames.SubscriptionState, subscriptionState);
        notify.Headers.Add(SipHeaderNames.ContentType, SipFrag.ContentType);
        notify.Body = SipFrag.StatusLine(status);
        await _sender.SendRequestAsync(notify, _peer, SipTargets.Destination(dialog)).ConfigureAwait(false);
    }

    /// <summary>
    /// A 2xx after the one that made the dialog: a retransmission (our ACK was lost) gets the same ACK again; one from
    /// another fork (another To tag) is ACKed and that dialog is ended with BYE at once (§13.2.2.4), once per tag.
    /// </summary>
    internal async ValueTask OnRetransmittedSuccessAsync(SipResponse response)
    {
        if (Dialog is not { } dialog)
        {
            return;
        }

        if (string.Equals(response.To?.Tag ?? string.Empty, dialog.RemoteTag, StringComparison.Ordinal))
        {
            if (_ack is { } ack)
            {
                await _sender.SendRawAsync(ack, _peer, SipTargets.Destination(dialog)).ConfigureAwait(false);
            }

            return;
        }

        var fork = SipDialog.ForUac(_invite, response, _peer);
        byte[] forkAck;
        bool first;
        lock (_lock)
        {
            first = !_forkAcks.TryGetValue(fork.RemoteTag, out var known);
            forkAck = known ?? SipMessageSerializer.Serialize(fork.CreateAck(_invite.CSeq!.Sequence, _sender.SentBy(_peer)));
            _forkAcks[fork.RemoteTag] = forkAck;
        }

        await _sender.SendRawAsync(forkAck, _peer, SipTargets.Destination(fork)).ConfigureAwait(false);
        if (first)
        {
            // Not awaited: the BYE's answer comes through the receive loop that called us.
            fork.State = SipDialogState.Confirmed;
            var bye = fork.CreateRequest(SipMethods.Bye, _sender.SentBy(_peer));
            _ = _sender.SendRequestAsync(bye, _peer, SipTargets.Destination(fork));
        }
    }

    internal bool End(SipCallEndReason reason)
    {
        lock (_lock)
        {
            if (_ended.Task.IsCompleted)
            {
                return false;
            }

            if (Dialog is { } dialog)
            {
                dialog.State = SipDialogState.Terminated;
            }
        }

        _outcome.TrySetResult(SipDialOutcome.NoAnswer);
        return _ended.TrySetResult(reason);
    }

    private static SipDialOutcome Classify(int status) => status switch
    {
        SipStatusCodes.BusyHere or SipStatusCodes.BusyEverywhere => SipDialOutcome.Busy,
        SipStatusCodes.Decline => SipDialOutcome.Declined,
        SipStatusCodes.RequestTimeout or SipStatusCodes.TemporarilyUnavailable or SipStatusCodes.RequestTerminated => SipDialOutcome.NoAnswer,
        _ => SipDialOutcome.Failed,
    };

    private void OnProvisional(SipResponse response)
    {
        bool cancel;
        lock (_lock)
        {
            _provisional = true;
            PeerResponded = true;
            Ringing |= response.StatusCode is 180 or 183;
            cancel = _cancelRequested && !_cancelSent;
            _cancelSent |= cancel;
        }

        if (response.StatusCode is 180 or 183 && response.Body.Length > 0 && response.To?.Tag is not null)
        {
            StartEarlyMedia(response);
        }

        if (cancel)
        {
            _ = SendCancelAsync();
        }
    }

    /// <summary>
    /// A 180/183 with SDP: the answer to our offer in an early dialog (RFC 3264, no PRACK). Usable, it configures the
    /// media now (a later early answer from another fork re-targets them); unusable (e.g. no SRTP when mandatory), it
    /// is ignored and the 2xx decides.
    /// </summary>
    private void StartEarlyMedia(SipResponse provisional)
    {
        var sdp = Encoding.UTF8.GetString(provisional.Body.Span);
        if (string.Equals(sdp, Volatile.Read(ref _earlyAnswer), StringComparison.Ordinal) || AnswerOf(provisional, _cryptos, _secureOnly) is not { } media)
        {
            return;
        }

        lock (_lock)
        {
            if (Dialog is not null || _ended.Task.IsCompleted || _cancelRequested)
            {
                return;
            }

            Media.Configure(media);
            _earlyAnswer = sdp;
            EarlyMedia = true;
        }
    }

    private async Task OnSuccessAsync(SipResponse ok)
    {
        var dialog = SipDialog.ForUac(_invite, ok, _peer);
        dialog.State = SipDialogState.Confirmed;
        var ack = SipMessageSerializer.Serialize(dialog.CreateAck(_invite.CSeq!.Sequence, _sender.SentBy(_peer)));
        lock (_lock)
        {
            Dialog = dialog;
            _ack = ack;
        }

        await _sender.SendRawAsync(ack, _peer, SipTargets.Destination(dialog)).ConfigureAwait(false);

        // Early media answered already: a 2xx without SDP or with the same SDP keeps them; another SDP re-targets them.
        var early = Volatile.Read(ref _earlyAnswer);
        var sameAsEarly = early is not null && (ok.Body.Length == 0 || string.Equals(Encoding.UTF8.GetString(ok.Body.Span), early, StringComparison.Ordinal));
        var media = sameAsEarly ? Media.Media : ok.Body.Length > 0 ? AnswerOf(ok, _cryptos, _secureOnly) : null;
        if (_cancelRequested || media is null)
        {
            // The answer crossed our CANCEL, or it is unusable: the dialog exists, so it must be ended with BYE.
            AnswerRefusal = _cancelRequested ? null : Unusable(ok);
            _outcome.TrySetResult(_cancelRequested ? SipDialOutcome.NoAnswer : SipDialOutcome.Failed);
            await HangupAsync().ConfigureAwait(false);
            return;
        }

        if (!sameAsEarly)
        {
            Media.Configure(media);
        }

        _outcome.TrySetResult(SipDialOutcome.Answered);
    }

    /// <summary>Why a 2xx's answer cannot be used (it is then ended with BYE): no SDP, no SRTP when mandatory, or no usable audio.</summary>
    private string Unusable(SipResponse ok) =>
        ok.Body.Length == 0 ? "the 2xx carries no SDP answer"
        : _secureOnly && AnswerOf(ok, null, false) is not null ? "the answer has no SRTP (RTP/SAVP with one of our crypto tags) and SRTP is mandatory"
        : "the answer has no usable audio stream (G.711 on a port)";

    /// <summary>The answer's media; null when unusable, or not SRTP with one of our crypto tags when we offered SRTP.</summary>
    private static NegotiatedMedia? AnswerOf(SipResponse ok, IReadOnlyList<SdpCrypto>? cryptos, bool secureOnly)
    {
        try
        {
            return SdpNegotiator.AcceptAnswer(SdpSession.Parse(Encoding.UTF8.GetString(ok.Body.Span)), cryptos, secureOnly);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task SendCancelAsync()
    {
        // §9.1: same Request-URI, Call-ID, From, To, CSeq number and the INVITE's top Via (so the same branch).
        SipRequest invite;
        lock (_lock)
        {
            invite = _invite;
        }

        var cancel = new SipRequest(SipMethods.Cancel, invite.RequestUri);
        cancel.Headers.Add(SipHeaderNames.Via, invite.Headers.Get(SipHeaderNames.Via)!);
        cancel.Headers.Add(SipHeaderNames.MaxForwards, "70");
        cancel.Headers.Add(SipHeaderNames.From, invite.Headers.Get(SipHeaderNames.From)!);
        cancel.Headers.Add(SipHeaderNames.To, invite.Headers.Get(SipHeaderNames.To)!);
        cancel.Headers.Add(SipHeaderNames.CallId, CallId);
        cancel.Headers.Add(SipHeaderNames.CSeq, new SipCSeq(invite.CSeq!.Sequence, SipMethods.Cancel).ToString());
        await _sender.SendRequestAsync(cancel, _peer, _destination).ConfigureAwait(false);
    }
}
