using ContactCenter.Plugins.Channels.Email.Accounts;
using ContactCenter.Plugins.Channels.Email.Outbound;
using ContactCenter.Plugins.Channels.Email.Threads;
using ContactCenter.Sdk.Channels;
using ContactCenter.Sdk.Domain;
using ContactCenter.Sdk.Events;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Email.Plugin;

/// <summary>
/// One mailbox's channel: an agent's reply is sent as a mail answering the conversation's newest message; once the
/// server accepted it, its Message-ID joins the thread so the customer's answer continues the same conversation. The
/// agent's files go along as MIME attachments, up to <see cref="EmailOptions.MaxAttachmentBytes"/> in all.
/// Refusals never throw: the kernel keeps the message as Failed with the reason.
/// </summary>
internal sealed partial class EmailChannel(MailboxBinding mailbox, EmailOptions options, SignatureTemplates signatures, AccountStore accounts, ThreadStore threads, MessageIndex index,
    SentIndex sent, SmtpSender smtp, AttachmentReader files, IClock clock, ILogger<EmailChannel> logger) : IChannel
{
    /// <summary>The longest reply text accepted.</summary>
    public const int MaxTextLength = 100_000;

    public string Name => mailbox.Channel;

    public ChannelKind Kind => ChannelKind.Email;

    public ValueTask OnInteractionChangedAsync(InteractionTransitioned change, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask<DeliveryResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await accounts.GetAsync(mailbox.Channel, cancellationToken).ConfigureAwait(false) is not { } account)
        {
            return DeliveryResult.Refused("El buzón de correo no está configurado / The mailbox is not set up.");
        }

        var conversationId = ConversationOf(message.ClientMessageId);
        if (conversationId is null || await threads.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } thread)
        {
            return DeliveryResult.Refused("Esta conversación no tiene destinatario de correo / This conversation has no email recipient.");
        }

        if ((message.Attachments.Count == 0 && string.IsNullOrWhiteSpace(message.Text)) || message.Text.Length > MaxTextLength)
        {
            return DeliveryResult.Refused($"El texto debe tener de 1 a {MaxTextLength} caracteres. / The text must be 1 to {MaxTextLength} characters.");
        }

        IReadOnlyList<MailAttachment> attached = [];
        if (message.Attachments.Count > 0)
        {
            var (read, problem) = await files.ReadAsync(message.ConversationId ?? conversationId, message.Attachments, cancellationToken).ConfigureAwait(false);
            if (read is null)
            {
                return DeliveryResult.Refused(problem!);
            }

            attached = read;
        }

        var messageId = ReplyComposer.MessageIdFor(mailbox, message.ClientMessageId);
        var agentName = message.AgentId is { } agentId && options.AgentNames.TryGetValue(agentId, out var name) ? name : string.Empty;
        var signature = signatures.Render(mailbox, agentName, out var fellBack);
        if (fellBack)
        {
            LogSignatureFellBack(logger, mailbox.Channel, message.ClientMessageId);
        }

        using var mail = ReplyComposer.Compose(mailbox, thread, messageId, message.Text.Trim().Length == 0 ? string.Empty : message.Text, attached, signature, clock.UtcNow);
        if (await smtp.SendAsync(account.Smtp, mail, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            LogSendFailed(logger, mailbox.Channel, message.ClientMessageId, refusal);
            return DeliveryResult.Refused(refusal);
        }

        await index.RememberAsync(messageId, thread.ThreadId, cancellationToken).ConfigureAwait(false);
        await sent.RememberAsync(messageId, message.ClientMessageId, cancellationToken).ConfigureAwait(false);
        await threads.AddAsync(conversationId, thread.Channel, thread.ThreadId, thread.Customer, thread.Subject, messageId, [], cancellationToken).ConfigureAwait(false);
        return DeliveryResult.Ok(messageId);
    }

    /// <summary>The kernel hands replies with their message id, <c>{conversationId}.{sequence}</c>.</summary>
    private static string? ConversationOf(string messageId) =>
        messageId.LastIndexOf('.') is > 0 and var dot ? messageId[..dot] : null;

    [LoggerMessage(EventId = 8910, Level = LogLevel.Warning,
        Message = "Mailbox {Channel}: the signature template failed to render for reply {MessageId}; the default signature was used")]
    private static partial void LogSignatureFellBack(ILogger logger, string channel, string messageId);

    [LoggerMessage(EventId = 8905, Level = LogLevel.Warning, Message = "Mailbox {Channel}: reply {MessageId} not sent: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, string channel, string messageId, string reason);
}
