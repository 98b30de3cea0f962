namespace ContactCenter.Samples.EchoChannel;

/// <summary>The body of <c>POST /messages</c>.</summary>
/// <param name="ConversationId">The customer's conversation id.</param>
/// <param name="MessageId">The sender's message id; a redelivered message is stored once.</param>
/// <param name="Text">The text, 1 to 4,000 characters.</param>
public sealed record InboundMessage(string? ConversationId, string? MessageId, string? Text)
{
    /// <summary>The longest text accepted.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>What is wrong with the message, or <see langword="null"/> when it is valid.</summary>
    /// <returns>A message for the sender.</returns>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(ConversationId) || ConversationId.Length > 200 ? "conversationId is required (at most 200 characters)."
        : string.IsNullOrWhiteSpace(MessageId) || MessageId.Length > 200 ? "messageId is required (at most 200 characters)."
        : string.IsNullOrWhiteSpace(Text) || Text.Length > MaxTextLength ? $"text is required (at most {MaxTextLength} characters)."
        : null;
}
