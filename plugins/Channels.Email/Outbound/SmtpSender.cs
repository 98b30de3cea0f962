using ContactCenter.Plugins.Channels.Email.Accounts;
using ContactCenter.Plugins.Channels.Email.Plugin;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Polly;

namespace ContactCenter.Plugins.Channels.Email.Outbound;

/// <summary>
/// Sends a mail through the mailbox's SMTP server, one connection per attempt (replies are occasional; a held
/// connection would only go stale), retried on transient failures (<see cref="SmtpRetry"/>).
/// </summary>
internal sealed class SmtpSender(EmailOptions options)
{
    private readonly ResiliencePipeline _retry = SmtpRetry.Create(options.MaxRetries);

    /// <returns><see langword="null"/> once the server accepted the mail, or why it was refused for good (safe to show an agent).</returns>
    public async ValueTask<string?> SendAsync(ServerEndpoint server, MimeMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await _retry.ExecuteAsync(async token =>
            {
                using var client = new SmtpClient();
                await MailConnection.OpenAsync(client, server, token).ConfigureAwait(false);
                await client.SendAsync(message, token).ConfigureAwait(false);
                await client.DisconnectAsync(quit: true, token).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (SmtpCommandException ex)
        {
            return $"El servidor de correo rechazó el mensaje / The mail server refused the message: {(int)ex.StatusCode} {ex.Message}";
        }
        catch (AuthenticationException)
        {
            return "El servidor de correo rechazó las credenciales / The mail server refused the credentials.";
        }
        catch (Exception ex) when (SmtpRetry.IsTransient(ex) || ex is SslHandshakeException or NotSupportedException)
        {
            return $"No se pudo contactar al servidor de correo; intente de nuevo / The mail server could not be reached; try again ({ex.GetType().Name}).";
        }
    }
}
