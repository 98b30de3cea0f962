using ContactCenter.Plugins.Channels.Email.Plugin;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>Where every source of customer mail (the IMAP inbox, the SMTP listener) hands a raw message to be stored.</summary>
internal interface IMailIntake
{
    /// <summary>
    /// Stores a raw mail for a mailbox (or applies it as a delivery report). Returns <see langword="null"/> once it is
    /// durably stored (a redelivery of a stored Message-ID stores nothing again), or why it is refused (nothing of it
    /// was stored; the source quarantines or rejects it). Throws when storing failed: the source keeps the mail to retry.
    /// </summary>
    /// <param name="mailbox">The mailbox it was delivered to.</param>
    /// <param name="raw">The message as received, headers and body.</param>
    /// <param name="source">Where it came from, for the log only (never the content).</param>
    /// <param name="cancellationToken">Cancels the store.</param>
    Task<string?> TakeAsync(MailboxBinding mailbox, byte[] raw, string source, CancellationToken cancellationToken);
}
