using System.Net;

namespace ContactCenter.Plugins.Channels.Email.Accounts;

/// <summary>A mail server and the mailbox's credentials for it, in clear and in memory only. <see cref="ToString"/> hides the password.</summary>
internal sealed record ServerEndpoint(string Host, int Port, MailSecurity Security, string UserName, string Password)
{
    public override string ToString() => $"{Host}:{Port} ({Security}, user {UserName}, password hidden)";

    /// <summary>Whether <paramref name="host"/> names this machine only: <c>localhost</c> or a loopback address.</summary>
    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
