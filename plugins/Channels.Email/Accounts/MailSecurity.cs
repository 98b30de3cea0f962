namespace ContactCenter.Plugins.Channels.Email.Accounts;

/// <summary>How a connection to a mail server is protected.</summary>
internal enum MailSecurity
{
    /// <summary>TLS from the first byte (IMAPS 993, SMTPS 465).</summary>
    Tls,

    /// <summary>STARTTLS, required: a server that does not offer it is refused.</summary>
    StartTls,

    /// <summary>No TLS, accepted only for a loopback server (local test and demo servers); the password crosses no network.</summary>
    PlainLoopback,
}
