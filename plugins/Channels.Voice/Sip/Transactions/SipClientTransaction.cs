using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

/// <summary>
/// A client transaction (RFC 3261 §17.1): INVITE (timers A, B, D; ACK for non-2xx generated here) or non-INVITE
/// (timers E, F, K). <see cref="Final"/> completes with the final response, or a synthesized 408 when Timer B/F
/// fires. A 2xx to INVITE ends the transaction (the dialog ACKs it, §13.2.2.4).
/// </summary>
internal sealed class SipClientTransaction : IDisposable
{
    private readonly SipRequest _request;
    private readonly byte[] _bytes;
    private readonly bool _reliable;
    private readonly SipTimers _timers;
    private readonly Func<byte[], ValueTask> _send;
    private readonly SipTransactionTimer _retransmit;
    private readonly SipTransactionTimer _timeout;
    private readonly SipTransactionTimer _linger;
    private readonly TaskCompletionSource<SipResponse> _final = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();
    private TimeSpan _interval;
    private byte[]? _ack;

    public SipClientTransaction(SipRequest request, bool reliable, SipTimers timers, TimeProvider time, Func<byte[], ValueTask> send)
    {
        _request = request;
        _bytes = SipMessageSerializer.Serialize(request);
        _reliable = reliable;
        _timers = timers;
        _send = send;
        _interval = timers.T1;
        IsInvite = request.Method == SipMethods.Invite;
        Key = SipClientTransactionTable.KeyOf(request.TopVia!.Branch!, request.Method);
        _retransmit = new SipTransactionTimer(time, OnRetransmit);
        _timeout = new SipTransactionTimer(time, OnTimeout);
        _linger = new SipTransactionTimer(time, Terminate);
    }

    public string Key { get; }

    public bool IsInvite { get; }

    public SipTransactionState State { get; private set; } = SipTransactionState.Calling;

    /// <summary>How many times the request was sent (first send included).</summary>
    public int Sends { get; private set; }

    public Task<SipResponse> Final => _final.Task;

    /// <summary>Called with each provisional response (1xx).</summary>
    public Action<SipResponse>? Provisional { get; init; }

    public event Action<SipClientTransaction>? Terminated;

    public ValueTask StartAsync()
    {
        lock (_lock)
        {
            if (!_reliable)
            {
                _retransmit.Start(_interval);
            }

            _timeout.Start(_timers.Timeout);
            Sends++;
        }

        return _send(_bytes);
    }

    /// <summary>Feeds a response matched to this transaction (§17.1.3).</summary>
    public async ValueTask OnResponseAsync(SipResponse response)
    {
        byte[]? ack = null;
        lock (_lock)
        {
            if (State is SipTransactionState.Terminated)
            {
                return;
            }

            if (State is SipTransactionState.Completed)
            {
                // A retransmitted final response: INVITE answers it with the same ACK again (§17.1.1.2).
                ack = _ack;
            }
            else if (response.StatusCode < 200)
            {
                State = SipTransactionState.Proceeding;
                if (IsInvite)
                {
                    _retransmit.Stop();
                }
            }
            else
            {
                _retransmit.Stop();
                _timeout.Stop();
                if (IsInvite && response.StatusCode < 300)
                {
                    State = SipTransactionState.Terminated;
                }
                else
                {
                    State = SipTransactionState.Completed;
                    if (IsInvite)
                    {
                        _ack = ack = SipMessageSerializer.Serialize(SipAckBuilder.ForNon2xx(_request, response));
                    }

                    _linger.Start(IsInvite ? _timers.TimerD(_reliable) : _timers.TimerK(_reliable));
                }
            }
        }

        if (ack is not null)
        {
            await _send(ack).ConfigureAwait(false);
        }

        if (response.StatusCode < 200)
        {
            Provisional?.Invoke(response);
            return;
        }

        _final.TrySetResult(response);
        if (State is SipTransactionState.Terminated)
        {
            Terminated?.Invoke(this);
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
        lock (_lock)
        {
            if (State is not (SipTransactionState.Calling or SipTransactionState.Proceeding))
            {
                return;
            }

            // Timer A doubles without cap; Timer E doubles up to T2, and is T2 once a provisional arrived.
            _interval = !IsInvite && State is SipTransactionState.Proceeding ? _timers.T2 : _timers.Next(_interval, capped: !IsInvite);
            _retransmit.Start(_interval);
            Sends++;
        }

        _ = _send(_bytes).AsTask();
    }

    private void OnTimeout()
    {
        lock (_lock)
        {
            if (State is not (SipTransactionState.Calling or SipTransactionState.Proceeding))
            {
                return;
            }

            _retransmit.Stop();
        }

        _final.TrySetResult(SipResponse.CreateFor(_request, SipStatusCodes.RequestTimeout));
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
