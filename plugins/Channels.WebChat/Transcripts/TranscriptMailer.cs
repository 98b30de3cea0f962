using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ContactCenter.Plugins.Channels.WebChat.Transcripts;

/// <summary>
/// Sends a transcript through the configured SMTP server with MailKit, one connection per mail (transcripts are rare).
/// Failures are logged with their kind and the server's status only: never the address, the text or the credentials.
/// </summary>
internal sealed partial class TranscriptMailer(TranscriptOptions options, ILogger<TranscriptMailer> logger)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <returns>Whether the server accepted the mail.</returns>
    public async ValueTask<bool> SendAsync(string to, RenderedTranscript transcript, CancellationToken cancellationToken)
    {
        if (options.Smtp is not { } smtp || options.Sender is not { } from)
        {
            return false;
        }

        using var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = transcript.Subject;
        message.Body = new BodyBuilder { TextBody = transcript.Text, HtmlBody = transcript.Html }.ToMessageBody();
        try
        {
            if (smtp.Security == SmtpSecurity.PlainLoopback && !SmtpSettings.IsLoopback(smtp.Host))
            {
                throw new AuthenticationException("plain-loopback is for loopback servers only.");
            }

            using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
            var socket = smtp.Security switch
            {
                SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            await client.ConnectAsync(smtp.Host, smtp.Port, socket, cancellationToken).ConfigureAwait(false);
            if (smtp.UserName is { } userName)
            {
                await client.AuthenticateAsync(userName, smtp.Password ?? "", cancellationToken).ConfigureAwait(false);
            }

            await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (SmtpCommandException ex)
        {
            LogFailed(ex.ErrorCode.ToString(), (int)ex.StatusCode, smtp.ToString());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed("Timeout", 0, smtp.ToString());
        }
        catch (Exception ex) when (ex is SmtpProtocolException or AuthenticationException or SslHandshakeException or ServiceNotConnectedException
            or SocketException or IOException or TimeoutException or NotSupportedException)
        {
            LogFailed(ex.GetType().Name, 0, smtp.ToString());
        }

        return false;
    }

    [LoggerMessage(EventId = 8720, Level = LogLevel.Warning, Message = "A web chat transcript could not be sent through {Server}: {Kind} (SMTP status {Status})")]
    private partial void LogFailed(string kind, int status, string server);
}
