namespace ContactCenter.Sdk.Conversations;

/// <summary>A customer's message as a channel received it.</summary>
public sealed record InboundMessage
{
    /// <summary>The inbox it arrived on (<see cref="Inbox.Id"/>).</summary>
    public required string InboxId { get; init; }

    /// <summary>The channel's id for the customer's thread (web visitor session, phone number, email thread); at most 200 characters.</summary>
    public required string SourceConversationId { get; init; }

    /// <summary>The channel's id for the message; the same id delivered again creates nothing. At most 200 characters.</summary>
    public required string SourceMessageId { get; init; }

    /// <summary>The text (personal data: stored encrypted); may be empty when the message carries attachments.</summary>
    public required string Text { get; init; }

    /// <summary>The known customer, when the channel found or created one.</summary>
    public string? ContactId { get; init; }

    /// <summary>The customer's name as given (pre-chat form, email display name); personal data, stored encrypted.</summary>
    public string? CustomerName { get; init; }

    /// <summary>The customer's email address as given; personal data, stored encrypted.</summary>
    public string? CustomerEmail { get; init; }

    /// <summary>
    /// Whether the channel verified <see cref="CustomerEmail"/> (a signed-in visitor's HMAC, a mailbox's sender). Only a
    /// verified address is matched to an existing contact; an unverified one starts a contact of its own, so nobody
    /// can read another customer's history by typing their address.
    /// </summary>
    public bool CustomerVerified { get; init; }

    /// <summary>
    /// The customer's phone number in E.164 (<c>+50688881234</c>) when the channel proved it (a WhatsApp sender's
    /// <c>wa_id</c>): matched exactly to the contact with that number, or a new contact gets it. Personal data.
    /// </summary>
    public string? CustomerPhone { get; init; }

    /// <summary>A short subject for the interaction when the conversation starts; not for personal data.</summary>
    public string? Subject { get; init; }

    /// <summary>Files sent with the message (at most 10); stored encrypted, their ids only in events.</summary>
    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];
}
