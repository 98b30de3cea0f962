using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.Voice.Sip.Messages;

namespace ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

/// <summary>Client transactions in flight, matched by the top Via branch and the CSeq method (RFC 3261 §17.1.3).</summary>
internal sealed class SipClientTransactionTable
{
    private readonly ConcurrentDictionary<string, SipClientTransaction> _transactions = new(StringComparer.Ordinal);

    public int Count => _transactions.Count;

    public static string KeyOf(string branch, string method) => $"{branch}|{method}";

    public void Add(SipClientTransaction transaction)
    {
        _transactions[transaction.Key] = transaction;
        transaction.Terminated += t =>
        {
            _transactions.TryRemove(t.Key, out _);
            t.Dispose();
        };
    }

    /// <summary>The transaction a response belongs to, or null (a stray response is dropped, §18.1.2).</summary>
    public SipClientTransaction? Match(SipResponse response) =>
        response.TopVia?.Branch is { } branch && response.CSeq is { } cseq
            && _transactions.TryGetValue(KeyOf(branch, cseq.Method), out var transaction)
            ? transaction
            : null;
}
