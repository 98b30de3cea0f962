using ContactCenter.Plugins.Channels.Email.Outbound;
using ContactCenter.Plugins.Channels.Email.Plugin;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// The one ingestion path of every source: a delivery-status notification goes to <see cref="BounceHandler"/>; any other
/// mail is read by <see cref="MailParser"/> (size, MIME, a single valid sender) and stored by <see cref="MailIngestor"/>
/// (threading, idempotency by Message-ID); a new conversation is then acknowledged when its mailbox asks for it.
/// </summary>
internal sealed partial class MailIntake(EmailOptions options, MailIngestor ingestor, BounceHandler bounces, AutoAcknowledger acknowledger, ILogger<MailIntake> logger)
    : IMailIntake
{
    public async Task<string?> TakeAsync(MailboxBinding mailbox, byte[] raw, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(raw);
        if (MailParser.Report(raw) is { } report)
        {
            // A bounce is never customer mail: it marks our reply Failed, or is refused.
            return await bounces.HandleAsync(mailbox, report, cancellationToken).ConfigureAwait(false);
        }

        var (mail, refusal) = MailParser.Parse(raw, options.MaxMessageBytes);
        if (mail is null)
        {
            return refusal;
        }

        var (result, kernelRefusal, startedThread, threadId) = await ingestor.IngestAsync(mailbox, mail, cancellationToken).ConfigureAwait(false);
        if (result is not null)
        {
            LogStored(logger, mailbox.Channel, source, result.Conversation.Id, result.Duplicate);
            if (startedThread)
            {
                // Only a new conversation is acknowledged; never a reply in a thread, never a redelivery.
                await acknowledger.AcknowledgeAsync(mailbox, mail, result.Conversation.Id, threadId, cancellationToken).ConfigureAwait(false);
            }
        }

        return kernelRefusal is null ? null : $"refused by the kernel: {kernelRefusal}";
    }

    [LoggerMessage(EventId = 8902, Level = LogLevel.Debug, Message = "Mailbox {Channel}: mail from {Source} stored in conversation {ConversationId} (redelivery: {Redelivered})")]
    private static partial void LogStored(ILogger logger, string channel, string source, string conversationId, bool redelivered);
}
