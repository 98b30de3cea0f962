namespace ContactCenter.Plugins.Channels.Email.Threads;

/// <summary>The thread a Message-ID belongs to.</summary>
internal sealed record IndexedMessage(string ThreadId);
