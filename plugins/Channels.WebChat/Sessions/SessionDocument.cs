namespace ContactCenter.Plugins.Channels.WebChat.Sessions;

/// <summary>
/// A visitor's session as stored, keyed by the SHA-256 of the session token (the token itself is a bearer secret and is
/// never stored). Holds no personal data: the name and email go to the kernel, which encrypts them.
/// </summary>
/// <param name="Inbox">The channel (inbox) it belongs to.</param>
/// <param name="Thread">The source conversation id given to the kernel (<c>s-…</c> for guests, <c>v-…</c> for verified visitors).</param>
/// <param name="ConversationId">The conversation of its latest message, once it wrote one.</param>
/// <param name="Verified">Whether the thread belongs to an HMAC-verified visitor.</param>
/// <param name="CreatedAt">When it started.</param>
internal sealed record SessionDocument(string Inbox, string Thread, string? ConversationId, bool Verified, DateTimeOffset CreatedAt);
