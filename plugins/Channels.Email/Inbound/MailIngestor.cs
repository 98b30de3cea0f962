using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Plugins.Channels.Email.Threads;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Errors;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// Stores a customer's mail in its mailbox's inbox. The thread is the one a parent Message-ID (<c>In-Reply-To</c>, then
/// <c>References</c>) belongs to, so a reply continues the conversation; otherwise the mail starts a thread of its own.
/// The sender's address is matched to the contact exactly (the kernel normalises it). The kernel keys the message by
/// its Message-ID, so a redelivery creates nothing. A file the kernel refuses is replaced by a note saying why.
/// </summary>
internal sealed class MailIngestor(IConversationService conversations, MessageIndex index, ThreadStore threads)
{
    private readonly ConcurrentDictionary<string, Inbox> _inboxes = new(StringComparer.Ordinal);

    /// <returns>
    /// The result, or the kernel's refusal (the caller quarantines the mail; nothing was stored); and whether the mail
    /// started a thread of its own (it answers no Message-ID we know, and is not a redelivery of one that did), and its thread.
    /// </returns>
    public async ValueTask<(IngestResult? Result, string? Refusal, bool StartedThread, string ThreadId)> IngestAsync(MailboxBinding mailbox, ParsedMail mail, CancellationToken cancellationToken)
    {
        var inbox = await InboxAsync(mailbox, cancellationToken).ConfigureAwait(false);
        var (threadId, startedThread) = await ThreadOfAsync(mail, cancellationToken).ConfigureAwait(false);
        var inbound = new InboundMessage
        {
            InboxId = inbox.Id,
            SourceConversationId = threadId,
            SourceMessageId = "mid:" + MessageIndex.Key(mail.MessageId),
            Text = mail.Text,
            CustomerName = mail.FromName,
            CustomerEmail = mail.From,
            CustomerVerified = true,
            Attachments = mail.Attachments,
        };
        IngestResult result;
        try
        {
            result = await IngestWithFallbackAsync(inbound, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidRequestException refused)
        {
            return (null, string.Join(" ", refused.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), false, threadId);
        }

        // Recorded only once the message is stored: a failure before leaves the mail in the inbox to be read again.
        await index.RememberAsync(mail.MessageId, threadId, cancellationToken).ConfigureAwait(false);
        await threads.AddAsync(result.Conversation.Id, mailbox.Channel, threadId, mail.From, mail.Subject, mail.MessageId, mail.References, cancellationToken).ConfigureAwait(false);
        return (result, null, startedThread && !result.Duplicate, threadId);
    }

    private async ValueTask<IngestResult> IngestWithFallbackAsync(InboundMessage inbound, CancellationToken cancellationToken)
    {
        try
        {
            return await conversations.IngestAsync(inbound, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidRequestException refused) when (inbound.Attachments.Count > 0)
        {
            // A file broke a rule (type, size, count, content): the agent still gets the mail and learns why a file is missing.
            var reason = string.Join(" ", refused.Errors.SelectMany(e => e.Value));
            var note = $"\n[Adjuntos rechazados / Attachments refused: {reason}]";
            var text = inbound.Text.Length + note.Length > MailParser.MaxTextLength ? inbound.Text[..(MailParser.MaxTextLength - note.Length)] : inbound.Text;
            return await conversations.IngestAsync(inbound with { Attachments = [], Text = (text + note).Trim() }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<(string ThreadId, bool Started)> ThreadOfAsync(ParsedMail mail, CancellationToken cancellationToken)
    {
        foreach (var parent in mail.Parents)
        {
            if (await index.ThreadOfAsync(parent, cancellationToken).ConfigureAwait(false) is { } known)
            {
                return (known, false);
            }
        }

        // A redelivered first mail finds its own id; a new one starts a thread named after it.
        return await index.ThreadOfAsync(mail.MessageId, cancellationToken).ConfigureAwait(false) is { } own ? (own, false) : (MessageIndex.Key(mail.MessageId), true);
    }

    private async ValueTask<Inbox> InboxAsync(MailboxBinding mailbox, CancellationToken cancellationToken)
    {
        if (_inboxes.TryGetValue(mailbox.Channel, out var inbox))
        {
            return inbox;
        }

        inbox = await conversations.OpenInboxAsync(new InboxRequest
        {
            ChannelName = mailbox.Channel, ServiceLineId = mailbox.ServiceLineId, QueueId = mailbox.QueueId, Kind = ChannelKind.Email,
        }, cancellationToken).ConfigureAwait(false);
        _inboxes[mailbox.Channel] = inbox;
        return inbox;
    }
}
