namespace ContactCenter.Plugins.Channels.Email.Accounts;

/// <summary>One mailbox's servers: IMAP to read customer mail, SMTP to send replies. Secrets hidden from <see cref="ToString"/>.</summary>
internal sealed record AccountSettings(ServerEndpoint Imap, ServerEndpoint Smtp)
{
    public override string ToString() => $"IMAP {Imap}; SMTP {Smtp}";
}
