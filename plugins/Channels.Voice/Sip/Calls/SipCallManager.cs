using System.Collections.Concurrent;
using System.Net;
using ContactCenter.Plugins.Channels.Voice.Media.Rtp;
using ContactCenter.Plugins.Channels.Voice.Sip.Dialogs;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;
using ContactCenter.Plugins.Channels.Voice.Sip.Registrar;
using ContactCenter.Plugins.Channels.Voice.Sip.Transactions;
using ContactCenter.Plugins.Channels.Voice.Sip.Transport;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Calls;

/// <summary>
/// The UAS call layer: INVITE server transactions (retransmissions absorbed, CANCEL matched by branch), dialogs by
/// Call-ID and local tag (ACK for 2xx, BYE, re-INVITE), an RTP session per call, and the application that decides.
/// </summary>
internal sealed partial class SipCallManager(SipCallOptions options, ISipCallApplication application, TimeProvider time, ILogger logger, SipBindingStore? locations = null, Protection.SipBanList? bans = null) : ISipInviteHandler, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, SipInviteServerTransaction> _transactions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SipCall> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SipCall> _callsByInvite = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SipOutboundCall> _outbound = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private ISipSender? _sender;
    private int _drainRetryAfterSeconds;

    public IEnumerable<ISipRequestHandler> Handlers => [new SipByeHandler(this), new SipCancelHandler(this), new SipReferHandler(this, logger), new SipUpdateHandler(this)];

    public int ActiveCalls => _calls.Count;

    /// <summary>Calls we originated that have not ended (B2BUA legs to agents' phones).</summary>
    public int ActiveOutboundCalls => _outbound.Count;

    /// <summary>Whether new calls are refused (<see cref="BeginDrain"/>).</summary>
    public bool IsDraining => Volatile.Read(ref _drainRetryAfterSeconds) > 0;

    /// <summary>
    /// From now on a new INVITE gets <c>503 Service Unavailable</c> with <c>Retry-After</c> (RFC 3261 §21.5.4, §20.33),
    /// so callers and trunks retry on the version that replaces this one; calls in progress (and their re-INVITEs,
    /// BYEs) carry on until they end.
    /// </summary>
    public void BeginDrain(int retryAfterSeconds) => Volatile.Write(ref _drainRetryAfterSeconds, Math.Max(1, retryAfterSeconds));

    /// <summary>
    /// Starts a call to <paramref name="request"/>'s target with our SDP offer (media anchored here): over UDP, or over
    /// TCP/TLS through the connection the contact registered over. The returned call's
    /// <see cref="SipOutboundCall.Outcome"/> says how it was answered. Throws <see cref="ArgumentException"/> when the
    /// target is not an IP literal (DNS is not resolved) or is TCP/TLS without an open registration connection.
    /// </summary>
    /// <summary>The contacts <paramref name="user"/> registered (newest last), as URIs; empty when not registered.</summary>
    public IReadOnlyList<SipUri> Locate(string user) =>
        locations is null ? [] : [.. locations.ForUser(user).OrderBy(b => b.Expires).Select(b => SipUri.Parse(b.Contact))];

    public SipOutboundCall Dial(SipDialRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = request.Target;
        if (!IPAddress.TryParse(target.Host.Trim('[', ']'), out var ip))
        {
            throw new ArgumentException($"Cannot call '{target}': only IP literal hosts are reachable (no DNS).", nameof(request));
        }

        var destination = new IPEndPoint(ip, target.Port ?? 5060);
        var transport = target.Parameters.Get("transport");
        var peer = transport is null || transport.Equals("udp", StringComparison.OrdinalIgnoreCase)
            ? Sender.OutboundUdp(destination)
            : locations?.FlowOf(target.ToString()) ?? throw new ArgumentException(
                $"Cannot call '{target}': over {transport.ToUpperInvariant()} only through the connection the phone registered over, and none is open.", nameof(request));
        if (options.Srtp == Media.Srtp.SrtpMode.Mandatory && !IsTls(peer))
        {
            throw new ArgumentException($"Cannot call '{target}': SRTP is mandatory and the phone is not registered over TLS.", nameof(request));
        }

        return Start(request, peer, destination, null, options.Srtp);
    }

    /// <summary>
    /// Starts a call through a carrier's trunk: the INVITE goes to <paramref name="destination"/> over
    /// <paramref name="peer"/> (resolved by the trunk's route), and <paramref name="reauthenticate"/> answers the
    /// carrier's digest challenge (<see cref="SipOutboundCall.Reauthenticate"/>). Media anchored as for any leg; SRTP
    /// as the trunk's <paramref name="srtp"/> says (offered only over TLS, as to agents' phones).
    /// </summary>
    public SipOutboundCall DialThrough(SipDialRequest request, SipSource peer, IPEndPoint destination, Func<SipRequest, SipResponse, SipRequest?> reauthenticate, Media.Srtp.SrtpMode srtp)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(peer);
        if (srtp == Media.Srtp.SrtpMode.Mandatory && !IsTls(peer))
        {
            throw new ArgumentException($"Cannot call '{request.Target}': SRTP is mandatory and the trunk is not reached over TLS.", nameof(request));
        }

        return Start(request, peer, destination, reauthenticate, srtp);
    }

    private SipOutboundCall Start(SipDialRequest request, SipSource peer, IPEndPoint destination, Func<SipRequest, SipResponse, SipRequest?>? reauthenticate, Media.Srtp.SrtpMode srtp)
    {
        var media = new RtpSession(SipLocalAddress.Towards(peer.Local.Address, destination.Address), options.RtpPorts, time, logger);
        var cryptos = Media.Sdp.SdesPolicy.Offers(srtp, IsTls(peer)) ? Media.Sdp.SdesPolicy.NewOffer() : null;
        var secureOnly = srtp == Media.Srtp.SrtpMode.Mandatory;
        var offer = Media.Sdp.SdpNegotiator.Offer(MediaAddress(peer, media.LocalAddress), media.RtpPort, media.RtcpPort, (ulong)Environment.TickCount64, 1, cryptos: cryptos, secureOnly: secureOnly);
        var invite = SipInviteBuilder.Build(request, Sender.SentBy(peer), offer, peer.Transport);
        var call = new SipOutboundCall(invite, peer, destination, media, Sender, cryptos, secureOnly) { Reauthenticate = reauthenticate };
        var key = SipDialog.KeyOf(call.CallId, call.LocalTag);
        _outbound[key] = call;
        media.Start(options.RtcpInterval);
        _ = call.Ended.ContinueWith(
            async ended =>
            {
                _outbound.TryRemove(key, out _);
                LogEnded(logger, call.CallId, await ended.ConfigureAwait(false));
                await media.DisposeAsync().ConfigureAwait(false);
            },
            TaskScheduler.Default).Unwrap();
        _ = Task.Run(call.RunAsync);
        return call;
    }

    public async ValueTask OnStrayResponseAsync(SipResponse response)
    {
        if (response is { StatusCode: >= 200 and < 300, CSeq.Method: SipMethods.Invite } && response.From?.Tag is { } tag
            && FindOutbound(response.CallId!, tag) is { } call)
        {
            await call.OnRetransmittedSuccessAsync(response).ConfigureAwait(false);
        }
    }

    private ISipSender Sender => _sender ?? throw new InvalidOperationException("Not attached to a SIP server.");

    public void Attach(ISipSender sender) => _sender = sender;

    public async ValueTask OnInviteAsync(SipRequest invite, SipSource source)
    {
        var key = SipServerTransactionTable.KeyOf(invite);
        if (_transactions.TryGetValue(key, out var existing))
        {
            await existing.OnRetransmissionAsync().ConfigureAwait(false);
            return;
        }

        var transaction = NewTransaction(invite, source, key);
        if (invite.To?.Tag is { } toTag)
        {
            await (Find(invite.CallId!, toTag) is { } call
                ? call.OnReInviteAsync(transaction)
                : transaction.RespondAsync(SipResponse.CreateFor(invite, SipStatusCodes.CallDoesNotExist)).AsTask()).ConfigureAwait(false);
            return;
        }

        if (Volatile.Read(ref _drainRetryAfterSeconds) is > 0 and var retryAfter)
        {
            var unavailable = SipResponse.CreateFor(invite, SipStatusCodes.ServiceUnavailable, "Draining for upgrade", toTag: SipTags.New());
            unavailable.Headers.Add("Retry-After", retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await transaction.RespondAsync(unavailable).ConfigureAwait(false);
            return;
        }

        var admission = options.InviteGate?.Admit(invite, source, locations?.HasSource(Unmapped(source.Remote.Address)) == true) ?? SipInviteAdmission.Admitted;
        if (admission.Status is { } refused)
        {
            LogRefused(logger, invite.CallId!, source.Remote.ToString(), refused, admission.Reason ?? string.Empty);
            if (admission.CountsAsFailure)
            {
                bans?.RecordFailure(source.Remote.Address);
            }

            await transaction.RespondAsync(SipResponse.CreateFor(invite, refused, admission.Reason, toTag: SipTags.New())).ConfigureAwait(false);
            return;
        }

        if (ReplacesRefusal(invite) is { } replacesRefusal)
        {
            await transaction.RespondAsync(replacesRefusal).ConfigureAwait(false);
            return;
        }

        await transaction.RespondAsync(SipResponse.CreateFor(invite, SipStatusCodes.Trying)).ConfigureAwait(false);
        var address = SipLocalAddress.Towards(source.Local.Address, source.Remote.Address);
        var media = new RtpSession(address, options.RtpPorts, time, logger);
        var (state, reject, reason) = SipCallMediaState.Create(invite, media, MediaAddress(source, address), options.Srtp, IsTls(source));
        if (state is null || invite.Contacts.Count == 0)
        {
            await media.DisposeAsync().ConfigureAwait(false);
            var response = SipResponse.CreateFor(invite, reject ?? SipStatusCodes.BadRequest, state is null ? reason : "Missing Contact", toTag: SipTags.New());
            if (reject == SipStatusCodes.UnsupportedMediaType)
            {
                response.Headers.Add("Accept", "application/sdp");
            }
            else if (reject == SipStatusCodes.NotAcceptableHere && reason is not null)
            {
                // RFC 3261 §20.43: 305 Incompatible media format, with the reason (no key is ever in it).
                response.Headers.Add("Warning", $"305 contactcenter \"{reason.Replace('"', '\'')}\"");
            }

            await transaction.RespondAsync(response).ConfigureAwait(false);
            return;
        }

        var localTag = SipTags.New();
        var (timer, refusal) = SipSessionTimers.Negotiate(invite, options, localTag);
        if (refusal is not null)
        {
            await media.DisposeAsync().ConfigureAwait(false);
            await transaction.RespondAsync(refusal).ConfigureAwait(false);
            return;
        }

        var created = new SipCall(transaction, SipDialog.ForUas(invite, localTag, source), media, state, Sender, timer, time)
        {
            TrunkId = admission.TrunkId,
            Line = admission.Line,
        };
        _calls[created.Dialog.Key] = created;
        _callsByInvite[key] = created;
        media.Start(options.RtcpInterval);
        _ = created.Ended.ContinueWith(_ => ForgetAsync(created, key), TaskScheduler.Default).Unwrap();
        LogIncoming(logger, created.CallId, created.Caller ?? "?", created.Called ?? "?", source.Remote.ToString());
        _ = Task.Run(() => RunApplicationAsync(created));
    }

    public ValueTask OnAckAsync(SipRequest ack, SipSource source)
    {
        // ACK for a non-2xx shares the INVITE's branch; ACK for a 2xx is a new transaction matched by dialog.
        if (_transactions.TryGetValue(SipServerTransactionTable.KeyOf(ack), out var transaction) && transaction.FinalStatus >= 300)
        {
            transaction.OnAck();
        }
        else if (ack.To?.Tag is { } tag && Find(ack.CallId!, tag) is { } call)
        {
            call.OnAck(ack);
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        var hangups = Task.WhenAll(_calls.Values.Select(call => call.HangupAsync()).Concat(_outbound.Values.Select(call => call.HangupAsync())));
        try
        {
            // Each call is ended locally at once; waiting for every BYE's answer (up to 64*T1) would stall shutdown.
            await hangups.WaitAsync(TimeSpan.FromSeconds(2), time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogHangupsPending(logger, _calls.Count);
        }

        _stopping.Dispose();
    }

    internal SipCall? Find(string callId, string localTag) => _calls.GetValueOrDefault(SipDialog.KeyOf(callId, localTag));

    internal SipOutboundCall? FindOutbound(string callId, string localTag) => _outbound.GetValueOrDefault(SipDialog.KeyOf(callId, localTag));

    /// <summary>
    /// The call or leg an in-dialog request belongs to: To tag our local tag, From tag the peer's (both null when the
    /// request has no To tag or matches no dialog of ours).
    /// </summary>
    internal (SipCall? Call, SipOutboundCall? Leg) FindDialog(SipRequest request)
    {
        var tag = request.To?.Tag;
        var remoteTag = request.From?.Tag ?? string.Empty;
        if (tag is null)
        {
            return (null, null);
        }

        var call = Find(request.CallId!, tag);
        var leg = FindOutbound(request.CallId!, tag);
        return (call is not null && string.Equals(call.Dialog.RemoteTag, remoteTag, StringComparison.Ordinal) ? call : null,
            leg?.Dialog is { } dialog && string.Equals(dialog.RemoteTag, remoteTag, StringComparison.Ordinal) ? leg : null);
    }

    /// <summary>The call whose INVITE transaction a CANCEL targets (same branch and sent-by, method INVITE).</summary>
    internal SipCall? FindByCancel(SipRequest cancel) => _callsByInvite.GetValueOrDefault(SipServerTransactionTable.KeyOf(cancel, SipMethods.Invite));

    internal bool HasInviteTransaction(SipRequest cancel) => _transactions.ContainsKey(SipServerTransactionTable.KeyOf(cancel, SipMethods.Invite));

    private SipInviteServerTransaction NewTransaction(SipRequest invite, SipSource source, string key)
    {
        var transaction = new SipInviteServerTransaction(invite, source.Connection is not null, Sender.Timers, time, bytes => Sender.SendRawAsync(bytes, source, RouteOf(bytes, source)));
        transaction.Terminated += t =>
        {
            _transactions.TryRemove(key, out _);
            t.Dispose();
        };
        _transactions[key] = transaction;
        return transaction;
    }

    /// <summary>
    /// An INVITE with <c>Replaces</c> (RFC 3891 §3) is answered here, never handed to the application: 400 when
    /// malformed; 481 when no dialog of ours matches (Call-ID, to-tag = our tag, from-tag = the peer's), or the match
    /// is an early dialog we did not initiate; 603 when the matched dialog already ended; 486 when it is confirmed and
    /// the header says <c>early-only</c>; otherwise 403, as replacing a dialog by INVITE is not authorised on this
    /// platform (an agent's phone transfers with REFER, attended transfer included). Null: no Replaces header.
    /// </summary>
    private SipResponse? ReplacesRefusal(SipRequest invite)
    {
        SipReplaces? replaces;
        try
        {
            replaces = SipReplaces.FromInvite(invite);
        }
        catch (SipParseException ex)
        {
            return SipResponse.CreateFor(invite, SipStatusCodes.BadRequest, ex.Reason, toTag: SipTags.New());
        }

        if (replaces is null)
        {
            return null;
        }

        var inbound = Find(replaces.CallId, replaces.ToTag) is { } call && string.Equals(call.Dialog.RemoteTag, replaces.FromTag, StringComparison.Ordinal) ? call : null;
        var outbound = FindOutbound(replaces.CallId, replaces.ToTag) is { Dialog: { } dialog } leg && string.Equals(dialog.RemoteTag, replaces.FromTag, StringComparison.Ordinal) ? leg : null;
        var (status, reason) = (inbound, outbound) switch
        {
            (null, null) => (SipStatusCodes.CallDoesNotExist, "No dialog matches Replaces"),
            ({ State: SipCallState.Ended }, _) or (_, { Ended.IsCompleted: true }) => (SipStatusCodes.Decline, "The replaced dialog has ended"),
            ({ State: not SipCallState.Answered }, _) => (SipStatusCodes.CallDoesNotExist, "No dialog matches Replaces"),
            _ when replaces.EarlyOnly => (SipStatusCodes.BusyHere, "The replaced dialog is already confirmed"),
            _ => (SipStatusCodes.Forbidden, "Replacing a dialog by INVITE is not authorised; transfer with REFER"),
        };
        return SipResponse.CreateFor(invite, status, reason, toTag: SipTags.New());
    }

    /// <summary>The address for our SDP: the advertised address when it is an IP, else the local address towards the peer.</summary>
    private string MediaAddress(SipSource peer, IPAddress local)
    {
        var sentBy = Sender.SentBy(peer);
        var advertised = sentBy[..sentBy.LastIndexOf(':')].Trim('[', ']');
        return IPAddress.TryParse(advertised, out _) ? advertised : local.ToString();
    }

    private static bool IsTls(SipSource source) => string.Equals(source.Transport, "TLS", StringComparison.OrdinalIgnoreCase);

    private static IPEndPoint? RouteOf(byte[] response, SipSource source) =>
        source.Connection is null && SipMessageParser.Parse(response, Protection.SipLimits.Default) is SipResponse parsed
            ? SipResponseRouting.UdpDestination(parsed, source)
            : null;

    private async Task RunApplicationAsync(SipCall call)
    {
        try
        {
            await application.OnIncomingCallAsync(call, _stopping.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Plugin boundary: the application is other code; a failure must end this call cleanly, not the stack.
            LogApplicationFailed(logger, call.CallId, ex);
            await call.RejectAsync(SipStatusCodes.ServerInternalError).ConfigureAwait(false);
        }
    }

    private async Task ForgetAsync(SipCall call, string inviteKey)
    {
        _calls.TryRemove(call.Dialog.Key, out _);
        _callsByInvite.TryRemove(inviteKey, out _);
        LogEnded(logger, call.CallId, await call.Ended.ConfigureAwait(false));
        await call.Media.DisposeAsync().ConfigureAwait(false);
    }

    [LoggerMessage(7020, LogLevel.Information, "SIP call {CallId} from {Caller} to {Called} ({Source})")]
    private static partial void LogIncoming(ILogger logger, string callId, string caller, string called, string source);

    private static IPAddress Unmapped(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    [LoggerMessage(7200, LogLevel.Information, "SIP INVITE {CallId} from {Source} refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string callId, string source, int status, string reason);

    [LoggerMessage(7021, LogLevel.Information, "SIP call {CallId} ended: {Reason}")]
    private static partial void LogEnded(ILogger logger, string callId, SipCallEndReason reason);

    [LoggerMessage(7023, LogLevel.Warning, "SIP stopping: {Calls} hang-ups not answered in time")]
    private static partial void LogHangupsPending(ILogger logger, int calls);

    [LoggerMessage(7022, LogLevel.Error, "SIP call application failed for call {CallId}")]
    private static partial void LogApplicationFailed(ILogger logger, string callId, Exception exception);
}
