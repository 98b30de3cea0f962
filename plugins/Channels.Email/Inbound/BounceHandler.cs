using System.Text.RegularExpressions;
using ContactCenter.Plugins.Channels.Email.Plugin;
using ContactCenter.Plugins.Channels.Email.Threads;
using ContactCenter.Sdk.Conversations;
using ContactCenter.Sdk.Errors;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// A delivery-status notification never reaches an agent as customer mail. One reporting a permanent failure of a
/// reply we sent marks that message Failed with the report's status and diagnostic as the reason the agent reads
/// (<see cref="Reason"/>: bilingual, addresses' local parts masked, at most 300 characters of diagnostic). Any other
/// report (a delay, a success, or one naming no mail of ours) is refused, so the caller quarantines it.
/// </summary>
internal sealed partial class BounceHandler(IConversationService conversations, SentIndex sent, ILogger<BounceHandler> logger)
{
    private const int MaxDiagnostic = 300;

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
                await conversations.MarkFailedAsync(kernelMessageId, Reason(report), cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// What the agent reads beside the failed reply: <c>El correo rebotó / The mail bounced: {status} ({diagnostic})</c>.
    /// The report's fields are already free of control characters; an address keeps only its domain (<c>…@cliente.test</c>),
    /// and the diagnostic is cut to 300 characters.
    /// </summary>
    public static string Reason(DeliveryReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var status = Mask(report.Status);
        var diagnostic = Mask(report.Diagnostic);
        if (diagnostic.Length > MaxDiagnostic)
        {
            diagnostic = diagnostic[..MaxDiagnostic] + "…";
        }

        var detail = (status.Length, diagnostic.Length) switch
        {
            (0, 0) => "",
            (_, 0) => $": {status}",
            (0, _) => $": {diagnostic}",
            _ => $": {status} ({diagnostic})",
        };
        return $"El correo rebotó / The mail bounced{detail}";
    }

    private static string Mask(string text) => AddressLocalPart().Replace(text, "…@");

    [GeneratedRegex(@"[^\s<>""'@;:,()\[\]]+@")]
    private static partial Regex AddressLocalPart();

    [LoggerMessage(EventId = 8911, Level = LogLevel.Warning,
        Message = "Mailbox {Channel}: reply {MessageId} bounced and is marked Failed (status {Status}: {Diagnostic})")]
    private static partial void LogBounced(ILogger logger, string channel, string messageId, string status, string diagnostic);
}
