namespace ContactCenter.Plugins.Channels.Email.Threads;

/// <summary>A sent reply's kernel message id.</summary>
internal sealed record SentMessage(string KernelMessageId);
