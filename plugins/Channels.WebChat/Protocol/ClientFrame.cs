namespace ContactCenter.Plugins.Channels.WebChat.Protocol;

/// <summary>A frame from the widget, after parsing and validation.</summary>
internal sealed record ClientFrame
{
    public const string Hello = "hello";
    public const string Message = "message";
    public const string Typing = "typing";
    public const string Read = "read";

    public required string Type { get; init; }

    /// <summary>hello: the inbox (channel name) the widget was embedded with.</summary>
    public string? Inbox { get; init; }

    /// <summary>hello: <c>es</c> or <c>en</c>.</summary>
    public string Lang { get; init; } = "es";

    /// <summary>hello: the session token the server gave earlier, to resume.</summary>
    public string? Session { get; init; }

    /// <summary>hello: the conversation the widget shows, which <see cref="Seq"/> belongs to.</summary>
    public string? ConversationId { get; init; }

    /// <summary>hello: the last sequence the widget shows; read: the sequence read.</summary>
    public long Seq { get; init; }

    /// <summary>hello: a signed-in visitor's identity, signed by the website's server.</summary>
    public VisitorIdentity? Identity { get; init; }

    /// <summary>message: the widget's id for the message (idempotent resend).</summary>
    public string? Id { get; init; }

    public string? Text { get; init; }

    /// <summary>message: pre-chat form, used when the message starts a conversation.</summary>
    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Topic { get; init; }

    /// <summary>typing: whether the visitor is typing.</summary>
    public bool Active { get; init; }
}
