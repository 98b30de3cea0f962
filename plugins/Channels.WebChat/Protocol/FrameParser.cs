using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Plugin;

namespace ContactCenter.Plugins.Channels.WebChat.Protocol;

/// <summary>
/// Parses and validates one text frame from the widget. Strict on purpose: unknown types and bad fields are refused
/// with a code and the field, so a broken or hostile client learns what was wrong and nothing is stored.
/// </summary>
internal static class FrameParser
{
    private const int MaxIdLength = 64;
    private const int MaxNameLength = 100;
    private const int MaxEmailLength = 254;
    private const int MaxTopicLength = 40;
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 4 };

    public static (ClientFrame? Frame, FrameError? Error) Parse(ReadOnlySpan<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), Options);
        }
        catch (JsonException)
        {
            return (null, new FrameError(FrameErrors.Malformed));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, new FrameError(FrameErrors.Malformed));
            }

            var fields = new FrameFields(root);
            return fields.String("type") switch
            {
                ClientFrame.Hello => Hello(fields),
                ClientFrame.Message => Message(fields),
                ClientFrame.Typing => fields.Bool("active") is { } active
                    ? (new ClientFrame { Type = ClientFrame.Typing, Active = active }, null)
                    : (null, new FrameError(FrameErrors.Invalid, "active")),
                ClientFrame.Read => fields.Long("seq") is { } seq and > 0
                    ? (new ClientFrame { Type = ClientFrame.Read, Seq = seq }, null)
                    : (null, new FrameError(FrameErrors.Invalid, "seq")),
                _ => (null, new FrameError(FrameErrors.UnknownType, "type")),
            };
        }
    }

    private static (ClientFrame?, FrameError?) Hello(FrameFields fields)
    {
        var inbox = fields.String("inbox");
        if (inbox is not { Length: > 0 and <= MaxIdLength })
        {
            return (null, new FrameError(FrameErrors.Invalid, "inbox"));
        }

        var lang = fields.String("lang") ?? "es";
        if (lang is not ("es" or "en"))
        {
            return (null, new FrameError(FrameErrors.Invalid, "lang"));
        }

        var session = fields.String("session");
        if (session is not null && !IsToken(session, 64))
        {
            return (null, new FrameError(FrameErrors.Invalid, "session"));
        }

        var conversationId = fields.String("conversationId");
        if (conversationId is not null && !IsToken(conversationId, 100))
        {
            return (null, new FrameError(FrameErrors.Invalid, "conversationId"));
        }

        var seq = fields.Long("seq") ?? 0;
        if (seq < 0 || (fields.Has("seq") && fields.Long("seq") is null))
        {
            return (null, new FrameError(FrameErrors.Invalid, "seq"));
        }

        VisitorIdentity? identity = null;
        if (fields.Has("identity") && (identity = fields.Identity("identity")) is null)
        {
            return (null, new FrameError(FrameErrors.Invalid, "identity"));
        }

        return (new ClientFrame { Type = ClientFrame.Hello, Inbox = inbox, Lang = lang, Session = session, ConversationId = conversationId, Seq = seq, Identity = identity }, null);
    }

    private static (ClientFrame?, FrameError?) Message(FrameFields fields)
    {
        var id = fields.String("id");
        if (id is null || !IsToken(id, MaxIdLength))
        {
            return (null, new FrameError(FrameErrors.Invalid, "id"));
        }

        var text = fields.String("text");
        if (string.IsNullOrWhiteSpace(text) || text.Length > WebChatOptions.MaxTextLength || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            return (null, new FrameError(FrameErrors.Invalid, "text"));
        }

        var name = fields.String("name");
        var email = fields.String("email");
        var topic = fields.String("topic");
        string? bad = (name, email, topic) switch
        {
            _ when name is not null && (name.Length > MaxNameLength || name.Any(char.IsControl)) => "name",
            _ when email is { Length: > 0 } && (email.Length > MaxEmailLength || !IsEmail(email)) => "email",
            _ when topic is not null && !IsToken(topic, MaxTopicLength) => "topic",
            _ => null,
        };
        return bad is not null
            ? (null, new FrameError(FrameErrors.Invalid, bad))
            : (new ClientFrame { Type = ClientFrame.Message, Id = id, Text = text, Name = Blank(name), Email = Blank(email), Topic = topic }, null);
    }

    internal static bool IsToken(string value, int maxLength) =>
        value.Length is > 0 && value.Length <= maxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static bool IsEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == value.LastIndexOf('@') && at < value.Length - 3 && value.IndexOf('.', at) > at + 1
            && !value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
