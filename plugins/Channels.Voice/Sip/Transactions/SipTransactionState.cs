namespace ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

/// <summary>Transaction states of RFC 3261 §17 (Calling/Trying merged as <see cref="Calling"/>) and RFC 6026 (Accepted).</summary>
internal enum SipTransactionState
{
    Calling,
    Proceeding,
    Completed,
    Accepted,
    Confirmed,
    Terminated,
}
