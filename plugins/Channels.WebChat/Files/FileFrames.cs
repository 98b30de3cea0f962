using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Plugins.Channels.WebChat.Files;

/// <summary>The JSON answers of the file routes (written like the socket's frames, without reflection metadata).</summary>
internal static class FileFrames
{
    /// <summary>An accepted upload: the same shape as the socket's <c>ack</c>, plus the stored files.</summary>
    public static byte[] Uploaded(string clientId, IngestResult result) => ServerFrames.Write(w =>
    {
        w.WriteString("type", "ack");
        w.WriteString("id", clientId);
        w.WriteString("conversationId", result.Conversation.Id);
        w.WriteNumber("seq", result.Message.Sequence);
        w.WriteBoolean("duplicate", result.Duplicate);
        ServerFrames.WriteAttachments(w, result.Message.Attachments);
    });
}
