using ContactCenter.Plugins.Channels.Email.Plugin;
using MailKit;
using MailKit.Search;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// One pass over a mailbox's inbox folder: every waiting mail is read, stored, and only then moved to the processed
/// folder (or flagged \Seen); a mail over the size limit (judged by its RFC822.SIZE before it is downloaded), not MIME,
/// without a valid sender, or refused by the kernel is moved to the quarantine folder with its reason logged, and
/// nothing of it is stored. The mail itself is stored through <see cref="IMailIntake"/>, the path the SMTP listener shares (a delivery-status notification goes to <see cref="BounceHandler"/> there). A failure of the server or the kernel leaves the mail where it is, to be read again.
/// </summary>
internal sealed partial class MailboxDrain(EmailOptions options, IMailIntake intake, ILogger<MailboxDrain> logger)
{
    public async Task DrainAsync(MailboxBinding mailbox, IMailFolder inbox, IMailFolder? processed, IMailFolder quarantine, CancellationToken cancellationToken)
    {
        var waiting = await inbox.SearchAsync(options.MoveProcessed ? SearchQuery.All : SearchQuery.NotSeen, cancellationToken).ConfigureAwait(false);
        if (waiting.Count == 0)
        {
            return;
        }

        var summaries = await inbox.FetchAsync(waiting, MessageSummaryItems.UniqueId | MessageSummaryItems.Size, cancellationToken).ConfigureAwait(false);
        foreach (var summary in summaries.OrderBy(s => s.UniqueId.Id))
        {
            var refusal = summary.Size is { } size && size > (uint)options.MaxMessageBytes
                ? $"the message is {size} bytes, over the {options.MaxMessageBytes}-byte limit"
                : await TakeAsync(mailbox, inbox, summary.UniqueId, cancellationToken).ConfigureAwait(false);
            if (refusal is not null)
            {
                await inbox.MoveToAsync(summary.UniqueId, quarantine, cancellationToken).ConfigureAwait(false);
                LogQuarantined(logger, mailbox.Channel, summary.UniqueId.Id, quarantine.FullName, refusal);
            }
            else if (processed is not null)
            {
                await inbox.MoveToAsync(summary.UniqueId, processed, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await inbox.AddFlagsAsync(summary.UniqueId, MessageFlags.Seen, silent: true, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <returns><see langword="null"/> once stored, or why the mail is refused.</returns>
    private async Task<string?> TakeAsync(MailboxBinding mailbox, IMailFolder inbox, UniqueId uid, CancellationToken cancellationToken)
    {
        byte[] raw;
        using (var stream = await inbox.GetStreamAsync(uid, cancellationToken).ConfigureAwait(false))
        using (var copy = new MemoryStream())
        {
            await stream.CopyToAsync(copy, cancellationToken).ConfigureAwait(false);
            raw = copy.ToArray();
        }

        return await intake.TakeAsync(mailbox, raw, $"IMAP UID {uid.Id}", cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 8901, Level = LogLevel.Warning, Message = "Mailbox {Channel}: mail UID {Uid} moved to {Folder}, nothing stored: {Reason}")]
    private static partial void LogQuarantined(ILogger logger, string channel, uint uid, string folder, string reason);
}
