using System.Net;

namespace ContactCenter.Plugins.Channels.WebChat.Transcripts;

/// <summary>How the SMTP connection is protected.</summary>
internal enum SmtpSecurity
{
    /// <summary>TLS from the first byte (SMTPS, port 465).</summary>
    Tls,

    /// <summary>STARTTLS, required: a server that does not offer it is refused (port 587).</summary>
    StartTls,

    /// <summary>No TLS, accepted only for a loopback server (a local relay or the test server).</summary>
    PlainLoopback,
}

/// <summary>
/// The SMTP server transcripts are sent through. A class, not a record, so the password never appears in a
/// <c>ToString</c> (and so in no log).
/// </summary>
internal sealed class SmtpSettings(string host, int port, SmtpSecurity security, string? userName, string? password)
{
    public string Host { get; } = host;

    public int Port { get; } = port;

    public SmtpSecurity Security { get; } = security;

    public string? UserName { get; } = userName;

    public string? Password { get; } = password;

    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    public override string ToString() => $"{Host}:{Port} ({Security})";
}
