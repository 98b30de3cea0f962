namespace ContactCenter.Plugins.Channels.Email.Threads;

/// <summary>
/// Per conversation (collection <c>threads</c>, id = conversation id): who to answer and what to answer to. The
/// customer's address and the subject are personal data: stored encrypted.
/// </summary>
/// <param name="Channel">The mailbox's channel.</param>
/// <param name="ThreadId">The thread's source id in the kernel (every Message-ID of it maps there).</param>
/// <param name="Customer">The customer's address (encrypted).</param>
/// <param name="Subject">The thread's subject (encrypted).</param>
/// <param name="LastMessageId">The newest Message-ID of the thread, answered by <c>In-Reply-To</c>.</param>
/// <param name="References">The thread's Message-IDs, oldest first, for <c>References</c> (capped).</param>
internal sealed record ThreadDocument(string Channel, string ThreadId, string Customer, string Subject, string LastMessageId, IReadOnlyList<string> References);
