using System.Globalization;
using ContactCenter.Sdk.Conversations;
using Scriban;
using Scriban.Runtime;

namespace ContactCenter.Plugins.Channels.WebChat.Transcripts;

/// <summary>The rendered mail: subject, plain text and HTML.</summary>
internal sealed record RenderedTranscript(string Subject, string Text, string Html);

/// <summary>
/// Renders a conversation as the visitor saw it: only the visitor's messages and the agents' replies (no private
/// notes, no activities), each with its time in the inbox's time zone, the sender (the visitor as "Usted"/"You", agents
/// by their configured display name) and the names of its files. The model is plain Scriban objects (no reflection over
/// the plugin's types); for the HTML template every string is HTML-escaped before the template sees it.
/// </summary>
internal static class TranscriptRenderer
{
    public static RenderedTranscript Render(
        TranscriptTemplates templates, string lang, Conversation conversation, IReadOnlyList<ConversationMessage> messages, TimeZoneInfo timeZone,
        IReadOnlyDictionary<string, string> agentNames)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(messages);
        var (subject, text, html) = templates.For(lang);
        var subjectLine = Run(subject, Model(lang, conversation, messages, timeZone, agentNames, escape: false));
        return new RenderedTranscript(
            string.Concat(subjectLine.Where(c => !char.IsControl(c))).Trim(),
            Run(text, Model(lang, conversation, messages, timeZone, agentNames, escape: false)),
            Run(html, Model(lang, conversation, messages, timeZone, agentNames, escape: true)));
    }

    /// <summary>The messages a transcript holds: what the visitor could see of the conversation, in order.</summary>
    public static bool IsVisitorVisible(ConversationMessage message) =>
        message is { Kind: MessageKind.Incoming or MessageKind.Outgoing, SupervisorId: null } && (message.Text.Length > 0 || message.Attachments.Count > 0);

    private static ScriptObject Model(
        string lang, Conversation conversation, IReadOnlyList<ConversationMessage> messages, TimeZoneInfo timeZone, IReadOnlyDictionary<string, string> agentNames, bool escape)
    {
        string S(string value) => escape ? Html(value) : value;
        var (you, advisor) = lang == "en" ? ("You", "Advisor") : ("Usted", "Asesor");
        var items = new ScriptArray();
        foreach (var message in messages.Where(IsVisitorVisible).OrderBy(m => m.Sequence))
        {
            var sender = message.Kind == MessageKind.Incoming ? you
                : message.AgentId is { } agentId && agentNames.TryGetValue(agentId, out var name) ? name
                : advisor;
            var attachments = new ScriptArray();
            foreach (var attachment in message.Attachments)
            {
                attachments.Add(S(attachment.FileName));
            }

            items.Add(new ScriptObject
            {
                ["time"] = S(Time(message.CreatedAt, timeZone, "yyyy-MM-dd HH:mm")),
                ["sender"] = S(sender),
                ["kind"] = message.Kind == MessageKind.Incoming ? "visitor" : "agent",
                ["text"] = S(message.Text),
                ["attachments"] = attachments,
            });
        }

        return new ScriptObject
        {
            ["conversation_id"] = S(conversation.Id),
            ["started_at"] = S(Time(conversation.CreatedAt, timeZone, "yyyy-MM-dd HH:mm")),
            ["time_zone"] = S(timeZone.Id),
            ["lang"] = lang,
            ["messages"] = items,
        };
    }

    /// <summary>Escapes the five HTML-sensitive characters (other characters stay readable: the mail is UTF-8).</summary>
    public static string Html(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    private static string Time(DateTimeOffset at, TimeZoneInfo timeZone, string format) =>
        TimeZoneInfo.ConvertTime(at, timeZone).ToString(format, CultureInfo.InvariantCulture);

    private static string Run(Template template, ScriptObject model)
    {
        // No template loader: include is refused. Loops are bounded by the conversation, not by Scriban's default of 1,000.
        var context = new TemplateContext { TemplateLoader = null, LoopLimit = int.MaxValue, RecursiveLimit = 20, StrictVariables = false };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(model);
        return template.Render(context);
    }
}
