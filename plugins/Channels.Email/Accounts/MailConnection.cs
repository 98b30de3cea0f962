using MailKit;
using MailKit.Security;

namespace ContactCenter.Plugins.Channels.Email.Accounts;

/// <summary>Connects and signs a MailKit client in to a server, with the security its account names and nothing weaker.</summary>
internal static class MailConnection
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task OpenAsync(IMailService client, ServerEndpoint server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(server);
        if (server.Security == MailSecurity.PlainLoopback && !ServerEndpoint.IsLoopback(server.Host))
        {
            // Checked when the account is set too; checked again so no stored document can send a password in clear.
            throw new AuthenticationException($"Refusing to connect to {server.Host} without TLS: plain-loopback is for loopback servers only.");
        }

        client.Timeout = (int)Timeout.TotalMilliseconds;
        var socket = server.Security switch
        {
            MailSecurity.Tls => SecureSocketOptions.SslOnConnect,
            MailSecurity.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(server.Host, server.Port, socket, cancellationToken).ConfigureAwait(false);
        await client.AuthenticateAsync(server.UserName, server.Password, cancellationToken).ConfigureAwait(false);
    }
}
