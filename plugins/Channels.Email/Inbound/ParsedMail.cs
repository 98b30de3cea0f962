using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>A customer's mail, read and checked, ready to be stored.</summary>
/// <param name="MessageId">Its Message-ID without angle brackets (one derived from its bytes when it had none).</param>
/// <param name="From">The sender's address.</param>
/// <param name="FromName">The sender's display name, when given.</param>
/// <param name="Subject">The subject (may be empty).</param>
/// <param name="Text">The text for the agent: subject line, then the text body (or the HTML body as text).</param>
/// <param name="Parents">The Message-IDs it answers, best first: <c>In-Reply-To</c>, then <c>References</c> newest first.</param>
/// <param name="References">Its <c>References</c> in order, for the reply's own.</param>
/// <param name="Attachments">Its attached files.</param>
internal sealed record ParsedMail(string MessageId, string From, string? FromName, string Subject, string Text, IReadOnlyList<string> Parents,
    IReadOnlyList<string> References, IReadOnlyList<InboundAttachment> Attachments)
{
    /// <summary>Where an automatic answer would go (RFC 3834 §3.1.3), or <see langword="null"/> when none may be sent.</summary>
    public string? AutoReplyTo { get; init; }

    /// <summary>Why no automatic answer may be sent (RFC 3834), or <see langword="null"/>.</summary>
    public string? NoAutoReply { get; init; }
}
