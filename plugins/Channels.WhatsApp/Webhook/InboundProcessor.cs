using System.Collections.Concurrent;
using ContactCenter.Plugins.Channels.WhatsApp.Account;
using ContactCenter.Plugins.Channels.WhatsApp.Graph;
using ContactCenter.Plugins.Channels.WhatsApp.Plugin;
using ContactCenter.Plugins.Channels.WhatsApp.Threads;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.WhatsApp.Webhook;

/// <summary>
/// Stores what a verified webhook carries: each customer message in its number's inbox (thread = the sender, contact by
/// exact E.164 from the <c>wa_id</c>, media downloaded as attachments), the customer-service window moved on, and each
/// status applied to the reply it names. Redeliveries create nothing (the kernel is idempotent by message id).
/// </summary>
internal sealed partial class InboundProcessor(
    WhatsAppOptions options,
    IConversationService conversations,
    GraphClient graph,
    ThreadStore threads,
    MessageIdMap ids,
    IClock clock,
    ILogger<InboundProcessor> logger)
{
    private readonly ConcurrentDictionary<string, Inbox> _inboxes = new(StringComparer.Ordinal);

    public async ValueTask ProcessAsync(AccountSettings account, WebhookBatch batch, CancellationToken cancellationToken)
    {
        foreach (var message in batch.Messages)
        {
            if (options.ByPhoneNumberId(message.PhoneNumberId) is not { } binding)
            {
                LogUnknownNumber(logger, message.PhoneNumberId);
                continue;
            }

            await IngestAsync(account, binding, message, cancellationToken).ConfigureAwait(false);
        }

        foreach (var status in batch.Statuses)
        {
            await ApplyStatusAsync(status, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask IngestAsync(AccountSettings account, NumberBinding binding, WebhookMessage message, CancellationToken cancellationToken)
    {
        if (await ids.WasReceivedAsync(message.Id, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var inbox = await InboxAsync(binding, cancellationToken).ConfigureAwait(false);
        var text = message.Text;
        IReadOnlyList<InboundAttachment> attachments = [];
        if (message.Media is { } media)
        {
            var (content, mimeType) = await graph.DownloadMediaAsync(account, media.Id, cancellationToken).ConfigureAwait(false);
            attachments = [new InboundAttachment { FileName = media.FileName, ContentType = media.MimeType.Length > 0 ? media.MimeType : mimeType, Content = content }];
        }

        var inbound = new InboundMessage
        {
            InboxId = inbox.Id,
            SourceConversationId = message.WaId,
            SourceMessageId = message.Id,
            Text = text,
            CustomerName = message.ProfileName,
            CustomerPhone = IsWaId(message.WaId) ? "+" + message.WaId : null,
            Attachments = attachments,
        };
        IngestResult result;
        try
        {
            result = await conversations.IngestAsync(inbound, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidRequestException refused) when (attachments.Count > 0)
        {
            // The customer's file broke a rule (type, size, content): the agent still learns a file came and why it was refused.
            var reason = string.Join(" ", refused.Errors.SelectMany(e => e.Value));
            result = await conversations.IngestAsync(inbound with
            {
                Attachments = [],
                Text = $"{text}\n[Adjunto rechazado / Attachment refused: {reason}]".Trim(),
            }, cancellationToken).ConfigureAwait(false);
        }

        var sentAt = message.SentAt is { } at && at < clock.UtcNow ? at : clock.UtcNow;
        await threads.CustomerWroteAsync(result.Conversation.Id, binding.Channel, message.WaId, sentAt, cancellationToken).ConfigureAwait(false);
        await ids.RememberReceivedAsync(message.Id, result.Message.Id, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask ApplyStatusAsync(WebhookStatus status, CancellationToken cancellationToken)
    {
        DeliveryStatus? next = status.Status switch
        {
            "sent" => DeliveryStatus.Sent,
            "delivered" => DeliveryStatus.Delivered,
            "read" => DeliveryStatus.Read,
            "failed" => DeliveryStatus.Failed,
            _ => null,
        };
        if (next is not { } value || await ids.SentAsync(status.MessageId, cancellationToken).ConfigureAwait(false) is not { } messageId)
        {
            return;
        }

        if (value == DeliveryStatus.Failed)
        {
            LogFailed(logger, messageId, status.Error ?? "no error given");
        }

        await conversations.UpdateStatusAsync(messageId, value, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<Inbox> InboxAsync(NumberBinding binding, CancellationToken cancellationToken)
    {
        if (_inboxes.TryGetValue(binding.Channel, out var inbox))
        {
            return inbox;
        }

        inbox = await conversations.OpenInboxAsync(new InboxRequest { ChannelName = binding.Channel, ServiceLineId = binding.ServiceLineId, QueueId = binding.QueueId },
            cancellationToken).ConfigureAwait(false);
        _inboxes[binding.Channel] = inbox;
        return inbox;
    }

    private static bool IsWaId(string waId) => waId.Length is >= 8 and <= 15 && waId[0] != '0' && waId.All(char.IsAsciiDigit);

    [LoggerMessage(EventId = 8801, Level = LogLevel.Warning, Message = "A WhatsApp webhook named phone-number id {PhoneNumberId}, which no inbox is configured for; ignored")]
    private static partial void LogUnknownNumber(ILogger logger, string phoneNumberId);

    [LoggerMessage(EventId = 8802, Level = LogLevel.Information, Message = "WhatsApp reported reply {MessageId} as failed: {Error}")]
    private static partial void LogFailed(ILogger logger, string messageId, string error);
}
