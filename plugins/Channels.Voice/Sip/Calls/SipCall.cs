using System.Text;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Media.Sdp;
using ContactCenter.Plugins.Channels.Voice.Sip.Dialogs;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// One inbound call (UAS side): its INVITE transaction, dialog and anchored RTP session. The application rings,
/// answers, rejects or hangs up; the caller's BYE/CANCEL/re-INVITE arrive through <see cref="SipCallManager"/>.
/// </summary>
internal sealed class SipCall : ISipCustomerLeg
{
    private readonly ISipSender _sender;
    private readonly SipCallMediaState _sdp;
    private readonly TaskCompletionSource<SipCallEndReason> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private readonly SipSessionTimer? _sessionTimer;
    private readonly bool _peerSupportsTimer;
    private readonly TimeProvider _time;
    private SipInviteServerTransaction _transaction;
    private CancellationTokenSource? _timerStop;
    private CancellationTokenSource? _progressStop;

    /// <summary>The methods the caller may send in this dialog, advertised in our 2xx (RFC 3261 §20.5, RFC 3311 §4).</summary>
    public const string AllowedInDialog = "INVITE, ACK, BYE, CANCEL, OPTIONS, REFER, UPDATE";

    /// <summary>The Warning text of the 480 that ends an early-media call from our side (no agent answered it).</summary>
    public const string EndedInEarlyMediaWarning = "Ended before an agent answered / Finalizada antes de que contestara un agente";

    /// <summary>
    /// How often the 183 is sent again while early media lasts: RFC 3261 §13.3.1.1 says a UAS SHOULD send a non-100
    /// provisional response every minute, so that proxies keep the INVITE transaction (and the caller's phone, its
    /// state) alive without a final response.
    /// </summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromMinutes(1);

    public SipCall(SipInviteServerTransaction transaction, SipDialog dialog, RtpSession media, SipCallMediaState sdp, ISipSender sender, SipSessionTimer? sessionTimer = null, TimeProvider? time = null)
    {
        _transaction = transaction;
        _sdp = sdp;
        _sender = sender;
        _sessionTimer = sessionTimer;
        _peerSupportsTimer = SipSessionTimers.PeerSupports(transaction.Invite);
        _time = time ?? TimeProvider.System;
        Dialog = dialog;
        Media = media;
        transaction.AckTimedOut += OnAckTimedOut;
    }

    /// <summary>The negotiated session timer (RFC 4028), or null when none runs.</summary>
    public SipSessionTimer? SessionTimer => _sessionTimer;

    public SipDialog Dialog { get; }

    public RtpSession Media { get; }

    public string CallId => Dialog.CallId;

    /// <summary>The caller's user part (From), e.g. a phone number.</summary>
    public string? Caller => _transaction.Invite.From?.Uri?.UserUnescaped;

    /// <summary>The dialled user part (Request-URI): the DID or line name ("autos", "salud").</summary>
    public string? Called => _transaction.Invite.RequestUri.UserUnescaped;

    /// <summary>The customer called us: the caller's user part.</summary>
    public string? CustomerNumber => Caller;

    /// <summary>An inbound call: never placed by us.</summary>
    public bool Placed => false;

    /// <summary>The trunk the call came through (a configured carrier address), or null (a phone, or no trunks configured).</summary>
    public string? TrunkId { get; init; }

    /// <summary>The line the call enters: the service line its DID maps to, else the dialled user (<see cref="Called"/>).</summary>
    public string? Line
    {
        get => field ?? Called;
        init;
    }

    public SipCallState State { get; private set; } = SipCallState.Offered;

    public Task<SipCallEndReason> Ended => _ended.Task;

    public async Task RingAsync()
    {
        if (State is SipCallState.Offered && await _transaction.RespondAsync(Response(SipStatusCodes.Ringing)).ConfigureAwait(false))
        {
            State = SipCallState.Ringing;
        }
    }

    /// <summary>
    /// Early media without PRACK (RFC 3960 §3.1, the gateway model): 183 Session Progress carrying our SDP answer,
    /// the very one the 200 OK carries later (same o= session id and version, RFC 3264 §8), so the caller's phone
    /// plays our RTP before the call is answered. Sent once, then again every <see cref="ProgressInterval"/> until
    /// the call is answered or ends (RFC 3261 §13.3.1.1). False (nothing sent) when the call is already past ringing,
    /// or the INVITE had no offer: our offer cannot go in an unreliable provisional response (RFC 3261 §13.2.1).
    /// </summary>
    public async Task<bool> StartEarlyMediaAsync()
    {
        if (State is not (SipCallState.Offered or SipCallState.Ringing) || _sdp.AwaitingAnswer
            || !await _transaction.RespondAsync(SessionProgress()).ConfigureAwait(false))
        {
            return false;
        }

        var stop = new CancellationTokenSource();
        lock (_lock)
        {
            if (State is not (SipCallState.Offered or SipCallState.Ringing))
            {
                // A CANCEL (or our answer) came in while the 183 went out.
                stop.Dispose();
                return false;
            }

            State = SipCallState.EarlyMedia;
            _progressStop = stop;
        }

        _ = RepeatProgressAsync(stop);
        return true;
    }

    /// <summary>Answers with our SDP (answer to the offer, or an offer when the INVITE had none). False if too late.</summary>
    public async Task<bool> AnswerAsync()
    {
        if (State is SipCallState.Answered or SipCallState.Ended)
        {
            return false;
        }

        var response = Response(SipStatusCodes.Ok);
        response.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
        response.Body = Encoding.UTF8.GetBytes(_sdp.Local.ToString());
        response.Headers.Add(SipHeaderNames.Allow, AllowedInDialog);
        if (_sessionTimer is { } timer)
        {
            SipSessionTimers.Stamp(response, timer, _peerSupportsTimer);
        }

        if (!await _transaction.RespondAsync(response).ConfigureAwait(false))
        {
            return false;
        }

        CancellationTokenSource? progress;
        lock (_lock)
        {
            if (State is not SipCallState.Ended)
            {
                State = SipCallState.Answered;
            }

            progress = _progressStop;
        }

        Stop(progress);
        RestartSessionTimer();
        return true;
    }

    /// <summary>
    /// Refuses the call with <paramref name="status"/>; <paramref name="warning"/>, when given, is sent as a
    /// <c>Warning: 399 contactcenter "..."</c> header (RFC 3261 §20.43) saying why to the caller's phone.
    /// </summary>
    public async Task RejectAsync(int status, string? warning = null)
    {
        var response = Response(status);
        if (warning is not null)
        {
            AddWarning(response, warning);
        }

        if (State is not (SipCallState.Answered or SipCallState.Ended) && await _transaction.RespondAsync(response).ConfigureAwait(false))
        {
            End(SipCallEndReason.Rejected);
        }
    }

    /// <summary>
    /// Ends the call from our side: BYE when answered (awaits its final response), 480 before; in early media the 480
    /// says why in a bilingual <c>Warning</c> (<see cref="EndedInEarlyMediaWarning"/>): the caller heard our audio,
    /// the call was never answered and is never billed.
    /// </summary>
    public async Task HangupAsync()
    {
        if (State is SipCallState.Answered)
        {
            await SendByeAsync(SipCallEndReason.LocalHangup).ConfigureAwait(false);
            return;
        }

        var response = Response(SipStatusCodes.TemporarilyUnavailable);
        if (State is SipCallState.EarlyMedia)
        {
            AddWarning(response, EndedInEarlyMediaWarning);
        }

        if (State is not SipCallState.Ended && await _transaction.RespondAsync(response).ConfigureAwait(false))
        {
            End(SipCallEndReason.LocalHangup);
        }
    }

    internal void OnAck(SipRequest ack)
    {
        if (!_transaction.OnAck() || _transaction.FinalStatus is not (>= 200 and < 300))
        {
            return;
        }

        Dialog.State = SipDialogState.Confirmed;
        if (_sdp.AwaitingAnswer && ack.Body.Length > 0 && !_sdp.AcceptAnswer(ack, Media))
        {
            // RFC 3264 §6: an answer we cannot use (e.g. plain RTP to our mandatory SRTP offer) ends the call.
            _ = HangupAsync();
        }
    }

    internal SipResponse OnBye(SipRequest bye)
    {
        if (!Dialog.AcceptRemote(bye))
        {
            return SipResponse.CreateFor(bye, SipStatusCodes.ServerInternalError, "CSeq out of order");
        }

        End(SipCallEndReason.RemoteHangup);
        return SipResponse.CreateFor(bye, SipStatusCodes.Ok);
    }

    internal async Task<bool> OnCancelAsync()
    {
        if (State is SipCallState.Answered or SipCallState.Ended || !await _transaction.RespondAsync(Response(SipStatusCodes.RequestTerminated)).ConfigureAwait(false))
        {
            return false;
        }

        End(SipCallEndReason.Cancelled);
        return true;
    }

    /// <summary>A re-INVITE (hold/resume, target refresh): renegotiated on the same ports (RFC 3264 §8).</summary>
    internal async Task OnReInviteAsync(SipInviteServerTransaction transaction)
    {
        var request = transaction.Invite;
        SipResponse response;
        if (State is not SipCallState.Answered || Dialog.State is not SipDialogState.Confirmed)
        {
            response = SipResponse.CreateFor(request, SipStatusCodes.RequestPending);
        }
        else if (!Dialog.AcceptRemote(request))
        {
            response = SipResponse.CreateFor(request, SipStatusCodes.ServerInternalError, "CSeq out of order");
        }
        else
        {
            response = _sdp.Renegotiate(request, Media) is { } answer ? WithSdp(SipResponse.CreateFor(request, SipStatusCodes.Ok), answer) : SipResponse.CreateFor(request, SipStatusCodes.NotAcceptableHere);
            if (response.StatusCode == SipStatusCodes.Ok)
            {
                lock (_lock)
                {
                    _transaction = transaction;
                }

                if (_sessionTimer is { } timer)
                {
                    // A re-INVITE is a session refresh (RFC 4028 §10): same interval and refresher, timer restarted.
                    SipSessionTimers.Stamp(response, timer, _peerSupportsTimer);
                    RestartSessionTimer();
                }
            }
        }

        response.Headers.Add(SipHeaderNames.Contact, $"<sip:cc@{_sender.SentBy(Dialog.Peer)}{TransportParameter}>");
        await transaction.RespondAsync(response).ConfigureAwait(false);
    }

    /// <summary>
    /// An UPDATE (RFC 3311) from the caller: a session refresh without SDP (200, the timer restarted as for a
    /// re-INVITE refresh, RFC 4028 §10) or, with an SDP offer, a renegotiation on the same ports (488 when nothing
    /// is acceptable). 491 before the call is answered and confirmed (no offer/answer may cross the INVITE's).
    /// </summary>
    internal SipResponse OnUpdate(SipRequest update)
    {
        if (State is SipCallState.Ended || Dialog.State is SipDialogState.Terminated)
        {
            // A BYE ended the dialog (the manager may not have dropped the call yet): the dialog no longer exists.
            return SipResponse.CreateFor(update, SipStatusCodes.CallDoesNotExist, "UPDATE outside a dialog");
        }

        if (State is not SipCallState.Answered || Dialog.State is not SipDialogState.Confirmed)
        {
            return SipResponse.CreateFor(update, SipStatusCodes.RequestPending);
        }

        if (!Dialog.AcceptRemote(update))
        {
            return SipResponse.CreateFor(update, SipStatusCodes.ServerInternalError, "CSeq out of order");
        }

        SipResponse response;
        if (update.Body.Length == 0)
        {
            response = SipResponse.CreateFor(update, SipStatusCodes.Ok);
        }
        else if (_sdp.Renegotiate(update, Media) is { } answer)
        {
            response = WithSdp(SipResponse.CreateFor(update, SipStatusCodes.Ok), answer);
        }
        else
        {
            return SipResponse.CreateFor(update, SipStatusCodes.NotAcceptableHere);
        }

        if (_sessionTimer is { } timer)
        {
            SipSessionTimers.Stamp(response, timer, _peerSupportsTimer);
            RestartSessionTimer();
        }

        response.Headers.Add(SipHeaderNames.Contact, $"<sip:cc@{_sender.SentBy(Dialog.Peer)}{TransportParameter}>");
        return response;
    }

    internal void End(SipCallEndReason reason)
    {
        lock (_lock)
        {
            if (State is SipCallState.Ended)
            {
                return;
            }

            State = SipCallState.Ended;
            Dialog.State = SipDialogState.Terminated;
            Stop(_timerStop);
            Stop(_progressStop);
        }

        _ended.TrySetResult(reason);
    }

    /// <summary>
    /// Starts (or, after a refresh, restarts) the session timer: as refresher we send a re-INVITE every half interval
    /// and end the call when one gets 408/481 or no answer; otherwise the call ends with BYE when no refresh came
    /// by the interval minus min(32 s, a third of it) (RFC 4028 §10).
    /// </summary>
    private void RestartSessionTimer()
    {
        if (_sessionTimer is not { } timer)
        {
            return;
        }

        var next = new CancellationTokenSource();
        CancellationTokenSource? previous;
        lock (_lock)
        {
            if (State is SipCallState.Ended)
            {
                next.Dispose();
                return;
            }

            previous = _timerStop;
            _timerStop = next;
        }

        Stop(previous);
        _ = RunSessionTimerAsync(timer, next);
    }

    private static void Stop(CancellationTokenSource? timer)
    {
        try
        {
            timer?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // That timer already finished.
        }
    }

    private async Task RunSessionTimerAsync(SipSessionTimer timer, CancellationTokenSource stop)
    {
        using (stop)
        {
            var interval = TimeSpan.FromSeconds(timer.Seconds);
            try
            {
                if (timer.Refresher == "uas")
                {
                    while (true)
                    {
                        await Task.Delay(interval / 2, _time, stop.Token).ConfigureAwait(false);
                        if (!await RefreshAsync(timer).ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                }
                else
                {
                    await Task.Delay(interval - TimeSpan.FromSeconds(Math.Min(32, timer.Seconds / 3.0)), _time, stop.Token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
                // Refreshed by the peer, or the call ended.
                return;
            }

            if (State is SipCallState.Answered)
            {
                await SendByeAsync(SipCallEndReason.SessionExpired).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Our refresh: a re-INVITE with our unchanged SDP; false when the session is gone (408, 481, no answer).</summary>
    private async Task<bool> RefreshAsync(SipSessionTimer timer)
    {
        if (State is not SipCallState.Answered)
        {
            return false;
        }

        var sentBy = _sender.SentBy(Dialog.Peer);
        var invite = Dialog.CreateRequest(SipMethods.Invite, sentBy);
        invite.Headers.Add(SipHeaderNames.Contact, $"<sip:cc@{sentBy}{TransportParameter}>");
        invite.Headers.Add(SipHeaderNames.Supported, SipSessionTimers.OptionTag);
        invite.Headers.Add(SipHeaderNames.SessionExpires, new SipSessionTimer(timer.Seconds, "uac").ToString());
        invite.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
        invite.Body = Encoding.UTF8.GetBytes(_sdp.Local.ToString());
        var response = await _sender.SendRequestAsync(invite, Dialog.Peer, SipTargets.Destination(Dialog)).ConfigureAwait(false);
        if (response.StatusCode is >= 200 and < 300)
        {
            var ack = Dialog.CreateAck(invite.CSeq!.Sequence, sentBy);
            await _sender.SendRawAsync(SipMessageSerializer.Serialize(ack), Dialog.Peer, SipTargets.Destination(Dialog)).ConfigureAwait(false);
        }

        return response.StatusCode is not (SipStatusCodes.RequestTimeout or SipStatusCodes.CallDoesNotExist);
    }

    private string TransportParameter => Dialog.Peer.Transport == "UDP" ? string.Empty : ";transport=" + Dialog.Peer.Transport.ToLowerInvariant();

    private void OnAckTimedOut(SipInviteServerTransaction transaction) => _ = OnAckTimeoutAsync();

    private async Task OnAckTimeoutAsync()
    {
        if (State is SipCallState.Answered)
        {
            await SendByeAsync(SipCallEndReason.AckTimeout).ConfigureAwait(false);
        }
    }

    private async Task SendByeAsync(SipCallEndReason reason)
    {
        End(reason);
        var bye = Dialog.CreateRequest(SipMethods.Bye, _sender.SentBy(Dialog.Peer));
        await _sender.SendRequestAsync(bye, Dialog.Peer, SipTargets.Destination(Dialog)).ConfigureAwait(false);
    }

    /// <summary>The 183 with our SDP answer: the same body, Contact and Allow as the 200 will carry; no Require: 100rel.</summary>
    private SipResponse SessionProgress()
    {
        var response = WithSdp(Response(SipStatusCodes.SessionProgress), _sdp.Local);
        response.Headers.Add(SipHeaderNames.Allow, AllowedInDialog);
        return response;
    }

    private async Task RepeatProgressAsync(CancellationTokenSource stop)
    {
        using (stop)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(ProgressInterval, _time, stop.Token).ConfigureAwait(false);
                    if (State is not SipCallState.EarlyMedia || !await _transaction.RespondAsync(SessionProgress()).ConfigureAwait(false))
                    {
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Answered, or the call ended.
            }
        }
    }

    private SipResponse Response(int status)
    {
        var response = SipResponse.CreateFor(_transaction.Invite, status, toTag: status == SipStatusCodes.Trying ? null : Dialog.LocalTag);
        if (status is >= 101 and < 300)
        {
            response.Headers.Add(SipHeaderNames.Contact, $"<sip:cc@{_sender.SentBy(Dialog.Peer)}{TransportParameter}>");
        }

        return response;
    }

    /// <summary>A <c>Warning: 399 contactcenter "..."</c> header (RFC 3261 §20.43) saying why to the caller's phone.</summary>
    private static void AddWarning(SipResponse response, string warning) =>
        response.Headers.Add("Warning", $"399 contactcenter \"{warning.Replace('"', '\'').Replace('\\', '/')}\"");

    private static SipResponse WithSdp(SipResponse response, SdpSession sdp)
    {
        response.Headers.Add(SipHeaderNames.ContentType, "application/sdp");
        response.Body = Encoding.UTF8.GetBytes(sdp.ToString());
        return response;
    }
}
