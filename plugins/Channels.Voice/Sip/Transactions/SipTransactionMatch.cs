namespace ContactCenter.Plugins.Channels.Voice.Sip.Transactions;

internal enum SipTransactionMatch
{
    New,
    InProgress,
    Completed,
}
