using ContactCenter.Plugins.Channels.Email.Accounts;
using ContactCenter.Plugins.Channels.Email.Inbound;
using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Plugins.Channels.Email.Threads;
using ContactCenter.Sdk.Audit;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ContactCenter.Plugins.Channels.Email.Outbound;

/// <summary>
/// Acknowledges a new conversation started by a customer's mail, when its mailbox has <c>autoAck</c> on, following
/// RFC 3834: nothing for mail <see cref="AutoReplyRules"/> refuses or from one of our own addresses; at most one per
/// sender and mailbox within <see cref="EmailOptions.AutoAckWindow"/> (<see cref="AckLog"/>, kept in the store); sent
/// to the Return-Path (else the From) with <c>Auto-Submitted: auto-replied</c>, <c>Re:</c> the subject (§3.1.5) and
/// <c>In-Reply-To</c>/<c>References</c> to the original (§3.1.4). Its Message-ID joins the thread, so a customer
/// answering the acknowledgement continues the conversation. A send that fails is logged and gives its claim back;
/// it never holds up the customer's mail, which is already stored. A sent acknowledgement is added to the conversation
/// as an automatic outgoing message (<see cref="IConversationService.AddAutomaticAsync"/>, key <see cref="MessageKey"/>,
/// so a retry adds it once), audited (<c>email.auto-ack.sent</c>, the recipient's domain only) and logged.
/// </summary>
internal sealed partial class AutoAcknowledger(IReadOnlyDictionary<string, AutoAckTemplates> templates, EmailOptions options, AccountStore accounts, SmtpSender smtp,
    MessageIndex index, AckLog acks, IConversationService conversations, IAuditTrail audit, IClock clock, ILogger<AutoAcknowledger> logger)
{
    /// <summary>The idempotency key of the acknowledgement in its conversation (one per conversation).</summary>
    public const string MessageKey = "email.auto-ack";

    private const int MaxShownLength = 4096;

    public async ValueTask AcknowledgeAsync(MailboxBinding mailbox, ParsedMail mail, string conversationId, string threadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(mail);
        if (!mailbox.AutoAck || !templates.TryGetValue(mailbox.Channel, out var template))
        {
            return;
        }

        if ((mail.NoAutoReply ?? (mail.AutoReplyTo is null ? "no address to answer" : null) ?? OwnAddress(mail)) is { } reason)
        {
            LogNotAcknowledged(logger, mailbox.Channel, conversationId, reason);
            return;
        }

        var recipient = mail.AutoReplyTo!;
        if (await accounts.GetAsync(mailbox.Channel, cancellationToken).ConfigureAwait(false) is not { } account)
        {
            LogNotAcknowledged(logger, mailbox.Channel, conversationId, "the mailbox has no account");
            return;
        }

        var now = clock.UtcNow;
        if (!await acks.TryClaimAsync(mailbox.Channel, recipient, now, options.AutoAckWindow, cancellationToken).ConfigureAwait(false))
        {
            LogNotAcknowledged(logger, mailbox.Channel, conversationId, "the sender was acknowledged within autoAckHours");
            return;
        }

        var text = template.Render(mailbox, mailbox.ResponseHours ?? options.ResponseHours, mail.FromName ?? string.Empty, mail.Subject, conversationId, out var fellBack);
        if (fellBack)
        {
            LogTemplateFellBack(logger, mailbox.Channel, conversationId);
        }

        var messageId = $"cc.ack.{MessageIndex.Key(conversationId)[..32]}@{Domain(mailbox.Address)}";
        using var ack = Compose(mailbox, mail, recipient, messageId, text, now);
        var target = $"conversation/{conversationId}";
        var detail = $"mailbox {mailbox.Channel}, to a sender at {Domain(recipient)}";
        if (await smtp.SendAsync(account.Smtp, ack, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            await acks.ReleaseAsync(mailbox.Channel, recipient, now, cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(new AuditTrailEntry("email.auto-ack.sent", target) { Outcome = AuditTrailOutcome.Failure, Detail = detail }, CancellationToken.None)
                .ConfigureAwait(false);
            LogAckFailed(logger, mailbox.Channel, conversationId, refusal);
            return;
        }

        // The customer may answer the acknowledgement rather than their own mail: that continues the same thread.
        await index.RememberAsync(messageId, threadId, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(new AuditTrailEntry("email.auto-ack.sent", target) { Detail = detail }, CancellationToken.None).ConfigureAwait(false);
        LogAcknowledged(logger, mailbox.Channel, conversationId);
        await ShowInConversationAsync(mailbox, conversationId, text).ConfigureAwait(false);
    }

    /// <summary>
    /// The agent sees the acknowledgement in the conversation, as sent (the one text carries both languages). It went out
    /// already, so failing to record it is logged (8916) and changes nothing else.
    /// </summary>
    private async ValueTask ShowInConversationAsync(MailboxBinding mailbox, string conversationId, string text)
    {
        var shown = text.Trim() is { Length: > MaxShownLength } long_ ? long_[..(MaxShownLength - 1)] + "…" : text.Trim();
        try
        {
            await conversations.AddAutomaticAsync(new AutomaticMessage
            {
                ConversationId = conversationId, Key = MessageKey, Kind = MessageKind.Outgoing, Text = new LocalizedText(shown, shown),
            }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ContactCenterException ex)
        {
            LogNotShown(logger, mailbox.Channel, conversationId, ex.Message);
        }
    }

    /// <summary>The acknowledgement: from the mailbox to the recipient, answering the original (RFC 3834 §3.1.4–§3.1.7).</summary>
    public static MimeMessage Compose(MailboxBinding mailbox, ParsedMail mail, string recipient, string messageId, string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mailbox);
        ArgumentNullException.ThrowIfNull(mail);
        var message = new MimeMessage
        {
            MessageId = messageId, Date = now, Subject = ReplyComposer.ReplySubject(mail.Subject), InReplyTo = mail.MessageId,
            Body = new TextPart("plain") { Text = text },
        };
        message.From.Add(new MailboxAddress(mailbox.DisplayName, mailbox.Address));
        message.To.Add(MailboxAddress.Parse(recipient));
        foreach (var reference in mail.References.Append(mail.MessageId).Distinct(StringComparer.Ordinal).TakeLast(ThreadStore.MaxReferences))
        {
            message.References.Add(reference);
        }

        message.Headers.Add(HeaderId.AutoSubmitted, "auto-replied");
        // Asks Exchange and Outlook not to answer the acknowledgement with an out-of-office of their own.
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        return message;
    }

    private string? OwnAddress(ParsedMail mail) =>
        options.Mailboxes.Any(m => string.Equals(m.Address, mail.From, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Address, mail.AutoReplyTo, StringComparison.OrdinalIgnoreCase))
            ? "mail from one of our own mailboxes"
            : null;

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..];

    [LoggerMessage(EventId = 8912, Level = LogLevel.Information, Message = "Mailbox {Channel}: conversation {ConversationId} acknowledged automatically")]
    private static partial void LogAcknowledged(ILogger logger, string channel, string conversationId);

    [LoggerMessage(EventId = 8913, Level = LogLevel.Debug, Message = "Mailbox {Channel}: conversation {ConversationId} not acknowledged automatically: {Reason}")]
    private static partial void LogNotAcknowledged(ILogger logger, string channel, string conversationId, string reason);

    [LoggerMessage(EventId = 8916, Level = LogLevel.Warning, Message = "Mailbox {Channel}: the acknowledgement of conversation {ConversationId} was sent but not added to it: {Reason}")]
    private static partial void LogNotShown(ILogger logger, string channel, string conversationId, string reason);

    [LoggerMessage(EventId = 8914, Level = LogLevel.Warning, Message = "Mailbox {Channel}: the acknowledgement of conversation {ConversationId} was not sent: {Reason}")]
    private static partial void LogAckFailed(ILogger logger, string channel, string conversationId, string reason);

    [LoggerMessage(EventId = 8915, Level = LogLevel.Warning,
        Message = "Mailbox {Channel}: the auto-acknowledgement template failed to render for conversation {ConversationId}; the default was used")]
    private static partial void LogTemplateFellBack(ILogger logger, string channel, string conversationId);
}
