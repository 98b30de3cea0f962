namespace ContactCenter.Plugins.Channels.WhatsApp.Threads;

/// <summary>A message id Meta gave (collection <c>sent</c> for replies, <c>received</c> for customer messages) and the kernel message it is.</summary>
internal sealed record SentDocument(string MessageId);
