using System.Buffers;
using ContactCenter.Plugins.Channels.Email.Inbound;
using Microsoft.Extensions.Logging;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ContactCenter.Plugins.Channels.Email.Listener;

/// <summary>
/// DATA: the raw message goes to each recipient mailbox through the same <see cref="IMailIntake"/> as IMAP mail. 250
/// only once every mailbox has it stored; a storage failure gives 451 4.3.0 (the sender keeps the mail and retries, and
/// the retry stores it once: ingestion is idempotent by Message-ID); mail the ingestion rules refuse in every mailbox
/// (not MIME, no single valid sender, a report naming no mail of ours, a kernel refusal) gets 554 5.6.0 and nothing is
/// stored. Never logs the content.
/// </summary>
internal sealed partial class InboxStore(ListenerSettings settings, IMailIntake intake, ILogger<SmtpListener> logger) : IMessageStore
{
    public async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (buffer.Length > settings.MaxMessageBytes)
        {
            return SmtpReplies.TooBig(settings.MaxMessageBytes);
        }

        var raw = buffer.ToArray();
        var source = $"SMTP {InboxFilter.SourceOf(context)?.ToString() ?? "unknown"}";
        var mailboxes = transaction.To.Select(t => settings.MailboxOf(InboxFilter.AddressOf(t))).OfType<Plugin.MailboxBinding>().Distinct().ToList();
        var refusals = new List<string>();
        foreach (var mailbox in mailboxes)
        {
            try
            {
                if (await intake.TakeAsync(mailbox, raw, source, cancellationToken).ConfigureAwait(false) is { } refusal)
                {
                    refusals.Add(refusal);
                    LogRefused(logger, mailbox.Channel, source, refusal);
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The boundary with the store: whatever failed, the sender still holds the mail and is told to retry.
                LogNotStored(logger, mailbox.Channel, source, ex.GetType().Name, ex.Message);
                return SmtpReplies.NotStored;
            }
        }

        // DATA comes only after an accepted RCPT, so there is a mailbox; were there none, nothing was stored and 250 would lie.
        return mailboxes.Count == 0 ? SmtpReplies.Refused("no recipient mailbox")
            : refusals.Count == mailboxes.Count ? SmtpReplies.Refused(refusals[0]) : SmtpReplies.Stored;
    }

    [LoggerMessage(EventId = 8922, Level = LogLevel.Warning, Message = "Mailbox {Channel}: mail from {Source} refused with 554, nothing stored: {Reason}")]
    private static partial void LogRefused(ILogger logger, string channel, string source, string reason);

    [LoggerMessage(EventId = 8923, Level = LogLevel.Error, Message = "Mailbox {Channel}: mail from {Source} not stored ({Error}: {Message}); answered 451, the sender retries")]
    private static partial void LogNotStored(ILogger logger, string channel, string source, string error, string message);
}
