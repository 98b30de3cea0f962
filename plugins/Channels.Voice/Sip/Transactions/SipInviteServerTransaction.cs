using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

/// <summary>
/// The INVITE server transaction (RFC 3261 §17.2.1 with RFC 6026's Accepted state). Provisional responses are
/// resent when the INVITE is retransmitted; a 300-699 final is retransmitted on Timer G until the ACK (Timer H gives
/// up) and ACK retransmissions are absorbed for Timer I. A 2xx is retransmitted the same way until the dialog's ACK
/// arrives (§13.3.1.4, done here rather than in the UAS core) or 64*T1 passes: then <see cref="AckTimedOut"/> fires
/// and the call must be ended with a BYE.
/// </summary>
internal sealed class SipInviteServerTransaction : IDisposable
{
    private readonly bool _reliable;
    private readonly SipTimers _timers;
    private readonly Func<byte[], ValueTask> _send;
    private readonly SipTransactionTimer _retransmit;
    private readonly SipTransactionTimer _timeout;
    private readonly SipTransactionTimer _linger;
    private readonly Lock _lock = new();
    private byte[]? _last;
    private TimeSpan _interval;

    public SipInviteServerTransaction(SipRequest invite, bool reliable, SipTimers timers, TimeProvider time, Func<byte[], ValueTask> send)
    {
        Invite = invite;
        _reliable = reliable;
        _timers = timers;
        _send = send;
        _interval = timers.T1;
        _retransmit = new SipTransactionTimer(time, OnRetransmit);
        _timeout = new SipTransactionTimer(time, OnTimeout);
        _linger = new SipTransactionTimer(time, Terminate);
    }

    public SipRequest Invite { get; }

    public SipTransactionState State { get; private set; } = SipTransactionState.Proceeding;

    /// <summary>Final status sent, or null while proceeding.</summary>
    public int? FinalStatus { get; private set; }

    /// <summary>How many times a final response was sent (retransmissions included).</summary>
    public int FinalSends { get; private set; }

    public event Action<SipInviteServerTransaction>? AckTimedOut;

    public event Action<SipInviteServerTransaction>? Terminated;

    /// <summary>Sends a response; returns false when a final response was already sent (the response is dropped).</summary>
    public async ValueTask<bool> RespondAsync(SipResponse response)
    {
        var bytes = SipMessageSerializer.Serialize(response);
        lock (_lock)
        {
            if (State is not SipTransactionState.Proceeding)
            {
                return false;
            }

            _last = bytes;
            if (response.StatusCode >= 200)
            {
                FinalStatus = response.StatusCode;
                FinalSends = 1;
                State = response.StatusCode < 300 ? SipTransactionState.Accepted : SipTransactionState.Completed;
                if (!_reliable)
                {
                    _retransmit.Start(_interval);
                }

                _timeout.Start(_timers.Timeout);
            }
        }

        await _send(bytes).ConfigureAwait(false);
        return true;
    }

    /// <summary>The INVITE arrived again: resend the last response (§17.2.1).</summary>
    public ValueTask OnRetransmissionAsync()
    {
        byte[]? last;
        lock (_lock)
        {
            last = State is SipTransactionState.Proceeding or SipTransactionState.Completed or SipTransactionState.Accepted ? _last : null;
        }

        return last is null ? ValueTask.CompletedTask : _send(last);
    }

    /// <summary>The ACK arrived (for a non-2xx: same branch; for a 2xx: matched by dialog). Returns true on the first one.</summary>
    public bool OnAck()
    {
        lock (_lock)
        {
            if (State is not (SipTransactionState.Completed or SipTransactionState.Accepted))
            {
                return false;
            }

            _retransmit.Stop();
            _timeout.Stop();
            State = SipTransactionState.Confirmed;
            _linger.Start(_timers.TimerI(_reliable));
            return true;
        }
    }

    public void Dispose()
    {
        _retransmit.Dispose();
        _timeout.Dispose();
        _linger.Dispose();
    }

    private void OnRetransmit()
    {
        byte[]? last;
        lock (_lock)
        {
            if (State is not (SipTransactionState.Completed or SipTransactionState.Accepted))
            {
                return;
            }

            _interval = _timers.Next(_interval, capped: true);
            _retransmit.Start(_interval);
            FinalSends++;
            last = _last;
        }

        _ = _send(last!).AsTask();
    }

    private void OnTimeout()
    {
        lock (_lock)
        {
            if (State is not (SipTransactionState.Completed or SipTransactionState.Accepted))
            {
                return;
            }

            _retransmit.Stop();
        }

        AckTimedOut?.Invoke(this);
        Terminate();
    }

    private void Terminate()
    {
        lock (_lock)
        {
            if (State is SipTransactionState.Terminated)
            {
                return;
            }

            State = SipTransactionState.Terminated;
        }

        Terminated?.Invoke(this);
    }
}
