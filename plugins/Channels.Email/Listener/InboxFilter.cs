using System.Net;
using ContactCenter.Sdk.Services;
using Microsoft.Extensions.Logging;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ContactCenter.Plugins.Channels.Email.Listener;

/// <summary>
/// MAIL and RCPT: TLS first when required (530), the per-source limits (421 and closed over the connections, 450 over
/// the messages per minute), the size the client announces (552), and only the configured mailboxes' addresses as
/// recipients (550 5.1.1; logged with the domain only).
/// </summary>
internal sealed partial class InboxFilter(ListenerSettings settings, SourceLimits limits, IClock clock, ILogger<SmtpListener> logger) : IMailboxFilter
{
    /// <summary>The session property that records a connection over its source's limit.</summary>
    public const string OverLimitKey = "cc.email.over-limit";

    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Properties.ContainsKey(OverLimitKey))
        {
            throw new SmtpResponseException(SmtpReplies.TooManyConnections, true);
        }

        if (settings.RequireTls && !context.Pipe.IsSecure)
        {
            throw new SmtpResponseException(SmtpReplies.TlsFirst);
        }

        if (size > settings.MaxMessageBytes)
        {
            throw new SmtpResponseException(SmtpReplies.TooBig(settings.MaxMessageBytes));
        }

        var source = SourceOf(context);
        if (source is not null && !limits.TryStartMessage(source, clock.UtcNow))
        {
            LogRateLimited(logger, source.ToString());
            throw new SmtpResponseException(SmtpReplies.TooManyMessages);
        }

        return Task.FromResult(true);
    }

    public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (settings.MailboxOf(AddressOf(to)) is null)
        {
            LogUnknownRecipient(logger, to.Host ?? "");
            throw new SmtpResponseException(SmtpReplies.UnknownMailbox);
        }

        return Task.FromResult(true);
    }

    public static string AddressOf(IMailbox mailbox) => $"{mailbox.User}@{mailbox.Host}";

    public static IPAddress? SourceOf(ISessionContext context) =>
        context.Properties.TryGetValue(EndpointListener.RemoteEndPointKey, out var remote) && remote is IPEndPoint endpoint ? endpoint.Address : null;

    [LoggerMessage(EventId = 8920, Level = LogLevel.Information, Message = "SMTP listener: recipient at {Domain} refused (not a configured mailbox)")]
    private static partial void LogUnknownRecipient(ILogger logger, string domain);

    [LoggerMessage(EventId = 8921, Level = LogLevel.Warning, Message = "SMTP listener: {Source} is over its messages per minute; refused with 450")]
    private static partial void LogRateLimited(ILogger logger, string source);
}
