using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

/// <summary>
/// Server transactions (RFC 3261 §17.2.2, matched per §17.2.3): the first copy of a request starts a transaction;
/// retransmissions are absorbed while it is being handled and answered with the stored final response once
/// completed, until Timer J (64*T1 on UDP) ends the transaction.
/// </summary>
internal sealed class SipServerTransactionTable(SipTimers timers, TimeProvider time)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expires)> _expiry = new();

    public int Count
    {
        get
        {
            lock (_entries)
            {
                Prune();
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// Registers the request. Returns <see cref="SipTransactionMatch.New"/> for a new transaction, otherwise whether
    /// it is still being handled (absorb) or the final response to send again.
    /// </summary>
    public SipTransactionMatch Begin(SipRequest request, out byte[]? finalResponse)
    {
        finalResponse = null;
        var key = KeyOf(request);
        lock (_entries)
        {
            Prune();
            if (_entries.TryGetValue(key, out var entry))
            {
                finalResponse = entry.Final;
                return entry.Final is null ? SipTransactionMatch.InProgress : SipTransactionMatch.Completed;
            }

            _entries[key] = new Entry();
            return SipTransactionMatch.New;
        }
    }

    /// <summary>Stores the final response sent and starts Timer J.</summary>
    public void Complete(SipRequest request, byte[] finalResponse, bool reliable)
    {
        var key = KeyOf(request);
        var expires = time.GetUtcNow() + timers.TimerJ(reliable);
        lock (_entries)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                entry.Final = finalResponse;
                _expiry.Enqueue((key, expires));
            }

            Prune();
        }
    }

    /// <summary>branch + sent-by + method for RFC 3261 branches; the RFC 2543 fallback of §17.2.3 otherwise.</summary>
    public static string KeyOf(SipRequest request) =>
        KeyOf(request, request.Method == SipMethods.Ack ? SipMethods.Invite : request.Method);

    /// <summary>The key of the transaction <paramref name="request"/> would match if it had <paramref name="method"/> (CANCEL → INVITE).</summary>
    public static string KeyOf(SipRequest request, string method)
    {
        var via = request.TopVia!;
        if (via.Branch is { } branch && branch.StartsWith(SipVia.MagicCookie, StringComparison.Ordinal) && branch.Length > SipVia.MagicCookie.Length)
        {
            return $"{branch}|{via.Host}:{via.Port}|{method}";
        }

        return $"2543|{request.RequestUri}|{request.From?.Tag}|{request.CallId}|{request.CSeq?.Sequence}|{via}|{method}";
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        while (_expiry.TryPeek(out var head) && head.Expires <= now)
        {
            _expiry.Dequeue();
            _entries.Remove(head.Key);
        }
    }

    private sealed class Entry
    {
        public byte[]? Final { get; set; }
    }
}
