namespace ContactCenter.Plugins.Channels.Email.Accounts;

/// <summary>A mailbox's stored servers (collection <c>accounts</c>, id = channel name).</summary>
internal sealed record AccountDocument(ServerDocument Imap, ServerDocument Smtp);
