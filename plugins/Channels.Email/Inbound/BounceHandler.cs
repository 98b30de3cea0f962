using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Plugins.Channels.Email.Threads;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// A delivery-status notification never reaches an agent as customer mail. One reporting a permanent failure of a
/// reply we sent marks that message Failed (the status and diagnostic are logged: the SDK's status update carries no
/// reason). Any other report (a delay, a success, or one naming no mail of ours) is refused, so the caller quarantines it.
/// </summary>
internal sealed partial class BounceHandler(IConversationService conversations, SentIndex sent, ILogger<BounceHandler> logger)
{
    /// <returns><see langword="null"/> when the report was applied, or why it is quarantined.</returns>
    public async ValueTask<string?> HandleAsync(MailboxBinding mailbox, DeliveryReport report, CancellationToken cancellationToken)
    {
        foreach (var id in report.OriginalMessageIds)
        {
            if (await sent.KernelMessageOfAsync(id, cancellationToken).ConfigureAwait(false) is not { } kernelMessageId)
            {
                continue;
            }

            if (!report.Failed)
            {
                return $"a delivery report (status '{report.Status}') that is not a failure, for reply {kernelMessageId}";
            }

            try
            {
                await conversations.UpdateStatusAsync(kernelMessageId, DeliveryStatus.Failed, cancellationToken).ConfigureAwait(false);
            }
            catch (EntityNotFoundException)
            {
                return $"a delivery report for reply {kernelMessageId}, which no longer exists";
            }

            LogBounced(logger, mailbox.Channel, kernelMessageId, report.Status, report.Diagnostic);
            return null;
        }

        return "a delivery report that names no mail this channel sent";
    }

    [LoggerMessage(EventId = 8911, Level = LogLevel.Warning,
        Message = "Mailbox {Channel}: reply {MessageId} bounced and is marked Failed (status {Status}: {Diagnostic})")]
    private static partial void LogBounced(ILogger logger, string channel, string messageId, string status, string diagnostic);
}
