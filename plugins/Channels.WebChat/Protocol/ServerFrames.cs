using System.Buffers;
using System.Text.Json;
using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Plugins.Channels.WebChat.Protocol;

/// <summary>
/// The frames the server sends, written with <see cref="Utf8JsonWriter"/> (no reflection metadata is cached for the
/// plugin's types, which keeps it unloadable).
/// </summary>
internal static class ServerFrames
{
    public static byte[] Welcome(string session, string? conversationId, bool verified, string lang) => Write(w =>
    {
        w.WriteString("type", "welcome");
        w.WriteString("session", session);
        w.WriteString("conversationId", conversationId);
        w.WriteBoolean("verified", verified);
        w.WriteString("lang", lang);
    });

    /// <summary>A message as the visitor reads it: a bilingual one (a channel's activity) in the visitor's language.</summary>
    public static byte[] Message(ConversationMessage message, string? clientId, string lang) => Write(w =>
    {
        w.WriteString("type", "message");
        w.WriteString("conversationId", message.ConversationId);
        w.WriteNumber("seq", message.Sequence);
        w.WriteString("kind", message.Kind switch
        {
            MessageKind.Incoming => "visitor",
            MessageKind.Outgoing => "agent",
            _ => "activity",
        });
        w.WriteString("text", message.Localized is { } localized ? (lang == "es" ? localized.Es : localized.En) : message.Text);
        w.WriteString("clientId", clientId);
        w.WriteString("at", message.CreatedAt);
        WriteAttachments(w, message.Attachments);
    });

    /// <summary>The files of a message: the widget downloads each from <c>files/{conversationId}/{id}</c> with its session token.</summary>
    public static void WriteAttachments(Utf8JsonWriter w, IReadOnlyList<MessageAttachment> attachments)
    {
        w.WriteStartArray("attachments");
        foreach (var attachment in attachments)
        {
            w.WriteStartObject();
            w.WriteString("id", attachment.Id);
            w.WriteString("name", attachment.FileName);
            w.WriteString("type", attachment.ContentType);
            w.WriteNumber("length", attachment.Length);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static byte[] Ack(string clientId, string conversationId, long seq, bool duplicate) => Write(w =>
    {
        w.WriteString("type", "ack");
        w.WriteString("id", clientId);
        w.WriteString("conversationId", conversationId);
        w.WriteNumber("seq", seq);
        w.WriteBoolean("duplicate", duplicate);
    });

    public static byte[] Queue(int? position, TimeSpan? estimatedWait) => Write(w =>
    {
        w.WriteString("type", "queue");
        if (position is { } p)
        {
            w.WriteNumber("position", p);
            w.WriteNumber("estimatedWaitSeconds", (long)Math.Ceiling((estimatedWait ?? TimeSpan.Zero).TotalSeconds));
        }
        else
        {
            w.WriteNull("position");
            w.WriteNull("estimatedWaitSeconds");
        }
    });

    public static byte[] Typing(bool active) => Write(w =>
    {
        w.WriteString("type", "typing");
        w.WriteBoolean("active", active);
    });

    public static byte[] Error(FrameError error, string lang) => Write(w =>
    {
        w.WriteString("type", "error");
        w.WriteString("code", error.Code);
        w.WriteString("field", error.Field);
        w.WriteString("message", FrameErrors.Text(error.Code, lang));
    });

    public static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
