using Microsoft.Extensions.Configuration;
using Scriban;

namespace ContactCenter.Plugins.Channels.WebChat.Transcripts;

/// <summary>
/// One inbox's transcript templates (Scriban), per language: the subject, the plain-text body and the HTML body. Each
/// can be replaced in the inbox's <c>transcript</c> section (<c>subjectEs</c>, <c>textEn</c>, <c>htmlEs</c>, ...); the
/// defaults below are used otherwise. Parsed once at start-up: a template that does not parse stops the plugin with
/// the parser's message. In the HTML template every value is already HTML-escaped.
/// </summary>
internal sealed class TranscriptTemplates
{
    public const string DefaultSubjectEs = "Transcripción de su chat del {{ started_at }}";
    public const string DefaultSubjectEn = "Transcript of your chat of {{ started_at }}";

    public const string DefaultTextEs = """
        Transcripción de su chat
        Conversación {{ conversation_id }}, iniciada el {{ started_at }} (horas en {{ time_zone }}).
        {{ for m in messages }}
        [{{ m.time }}] {{ m.sender }}: {{ m.text }}{{ for a in m.attachments }}
            Archivo: {{ a }}{{ end }}{{ end }}

        Gracias por escribirnos.

        """;

    public const string DefaultTextEn = """
        Transcript of your chat
        Conversation {{ conversation_id }}, started {{ started_at }} (times in {{ time_zone }}).
        {{ for m in messages }}
        [{{ m.time }}] {{ m.sender }}: {{ m.text }}{{ for a in m.attachments }}
            File: {{ a }}{{ end }}{{ end }}

        Thank you for writing to us.

        """;

    public const string DefaultHtmlEs = """
        <!DOCTYPE html>
        <html lang="es"><head><meta charset="utf-8"><title>Transcripción de su chat</title></head>
        <body style="font-family: system-ui, sans-serif; color: #1a1a1a;">
        <h1 style="font-size: 1.25em;">Transcripción de su chat</h1>
        <p>Conversación {{ conversation_id }}, iniciada el {{ started_at }} (horas en {{ time_zone }}).</p>
        <ol style="list-style: none; padding: 0;">
        {{ for m in messages }}<li style="margin: 0.5em 0;"><strong>{{ m.sender }}</strong> <small>{{ m.time }}</small><div style="white-space: pre-wrap;">{{ m.text }}</div>{{ for a in m.attachments }}<div>Archivo: {{ a }}</div>{{ end }}</li>
        {{ end }}</ol>
        <p>Gracias por escribirnos.</p>
        </body></html>

        """;

    public const string DefaultHtmlEn = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Transcript of your chat</title></head>
        <body style="font-family: system-ui, sans-serif; color: #1a1a1a;">
        <h1 style="font-size: 1.25em;">Transcript of your chat</h1>
        <p>Conversation {{ conversation_id }}, started {{ started_at }} (times in {{ time_zone }}).</p>
        <ol style="list-style: none; padding: 0;">
        {{ for m in messages }}<li style="margin: 0.5em 0;"><strong>{{ m.sender }}</strong> <small>{{ m.time }}</small><div style="white-space: pre-wrap;">{{ m.text }}</div>{{ for a in m.attachments }}<div>File: {{ a }}</div>{{ end }}</li>
        {{ end }}</ol>
        <p>Thank you for writing to us.</p>
        </body></html>

        """;

    private readonly Dictionary<string, (Template Subject, Template Text, Template Html)> _byLang;

    private TranscriptTemplates(Dictionary<string, (Template, Template, Template)> byLang) => _byLang = byLang;

    public static TranscriptTemplates Default { get; } = From(null, "default");

    /// <summary>The subject, text and HTML templates of a language (<c>es</c> or <c>en</c>).</summary>
    public (Template Subject, Template Text, Template Html) For(string lang) => _byLang[lang == "en" ? "en" : "es"];

    /// <exception cref="InvalidOperationException">A configured template does not parse.</exception>
    public static TranscriptTemplates From(IConfiguration? section, string inbox) => new(new Dictionary<string, (Template, Template, Template)>(StringComparer.Ordinal)
    {
        ["es"] = (Parse(section, "subjectEs", DefaultSubjectEs, inbox), Parse(section, "textEs", DefaultTextEs, inbox), Parse(section, "htmlEs", DefaultHtmlEs, inbox)),
        ["en"] = (Parse(section, "subjectEn", DefaultSubjectEn, inbox), Parse(section, "textEn", DefaultTextEn, inbox), Parse(section, "htmlEn", DefaultHtmlEn, inbox)),
    });

    private static Template Parse(IConfiguration? section, string key, string fallback, string inbox)
    {
        var text = section?[key] is { Length: > 0 } configured ? configured : fallback;
        var template = Template.Parse(text, key);
        return template.HasErrors
            ? throw new InvalidOperationException($"Inbox '{inbox}': the transcript template '{key}' does not parse: {string.Join("; ", template.Messages.Select(m => m.ToString()))}")
            : template;
    }
}
