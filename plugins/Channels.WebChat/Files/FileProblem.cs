using System.Buffers;
using System.Text.Json;
using ContactCenter.Plugins.Channels.WebChat.Protocol;
using ContactCenter.Sdk.Http;

namespace ContactCenter.Plugins.Channels.WebChat.Files;

/// <summary>
/// A refused file request as problem+json: <c>title</c> and <c>detail</c> in English for operators, plus <c>code</c>
/// and <c>message</c> in the visitor's language for the widget to show.
/// </summary>
internal static class FileProblem
{
    public static ValueTask WriteAsync(IPluginHttpContext context, int status, string code, string detail, string lang, CancellationToken cancellationToken) =>
        WriteAsync(context, "File refused", status, code, detail, lang, cancellationToken);

    public static ValueTask WriteAsync(IPluginHttpContext context, string title, int status, string code, string detail, string lang, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "about:blank");
            writer.WriteString("title", title);
            writer.WriteNumber("status", status);
            writer.WriteString("detail", detail);
            writer.WriteString("code", code);
            writer.WriteString("message", FrameErrors.Text(code, lang));
            writer.WriteEndObject();
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        context.Response.SetHeader("Cache-Control", "no-store");
        return context.Response.WriteAsync(buffer.WrittenMemory, cancellationToken);
    }
}
