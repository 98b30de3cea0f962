namespace ContactCenter.Plugins.Channels.Email.Threads;

/// <summary>A conversation's thread in clear, in memory only.</summary>
internal sealed record MailThread(string Channel, string ThreadId, string Customer, string Subject, string LastMessageId, IReadOnlyList<string> References);
