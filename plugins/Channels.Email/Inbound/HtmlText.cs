using System.Text;
using MimeKit.Text;

namespace ContactCenter.Plugins.Channels.Email.Inbound;

/// <summary>
/// Turns an HTML body into plain text an agent can read safely: markup, attributes (event handlers, styles), comments
/// and the content of scripts, styles, the head, frames, embedded objects and templates are dropped, character
/// references decoded, block elements become line breaks and links keep their http(s) or mailto target in brackets
/// (never <c>javascript:</c>, <c>data:</c> or others). Images are never fetched: a remote one (a tracking pixel) leaves
/// nothing, an inline one (<c>cid:</c>, delivered as an attachment) leaves <c>[imagen / image: alt]</c>. Nothing of the
/// HTML survives as markup, so nothing in it can run in, or call out from, the agent's page.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "head", "title", "noscript", "iframe", "frameset", "noembed", "noframes", "xmp", "object", "applet", "template",
    };

    private static readonly HashSet<HtmlTagId> Blocks =
    [
        HtmlTagId.P, HtmlTagId.Div, HtmlTagId.Br, HtmlTagId.LI, HtmlTagId.TR, HtmlTagId.Table, HtmlTagId.BlockQuote, HtmlTagId.Pre, HtmlTagId.H1, HtmlTagId.H2,
        HtmlTagId.H3, HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6, HtmlTagId.UL, HtmlTagId.OL, HtmlTagId.HR, HtmlTagId.Address, HtmlTagId.Body,
    ];

    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader) { DecodeCharacterReferences = true };
        var text = new StringBuilder(Math.Min(html.Length, 16_384));
        var hiddenDepth = 0;
        string? link = null;
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag when Hidden.Contains(tag.Name):
                    hiddenDepth = tag.IsEndTag ? Math.Max(0, hiddenDepth - 1) : tag.IsEmptyElement ? hiddenDepth : hiddenDepth + 1;
                    break;
                case HtmlTagToken tag when tag.Id == HtmlTagId.A:
                    if (!tag.IsEndTag)
                    {
                        link = tag.Attributes.FirstOrDefault(a => a.Id == HtmlAttributeId.Href)?.Value?.Trim();
                    }
                    else if (link is not null && IsSafeLink(link) && !text.ToString().EndsWith(link, StringComparison.Ordinal))
                    {
                        text.Append(" [").Append(link).Append(']');
                        link = null;
                    }

                    break;
                case HtmlTagToken tag when hiddenDepth == 0 && !tag.IsEndTag && tag.Name.Equals("img", StringComparison.OrdinalIgnoreCase):
                    InlineImage(text, tag);
                    break;
                case HtmlTagToken tag when Blocks.Contains(tag.Id):
                    LineBreak(text);
                    break;
                case HtmlDataToken data when hiddenDepth == 0 && data is not HtmlScriptDataToken:
                    AppendCollapsed(text, data.Data);
                    break;
                default:
                    break;
            }
        }

        return Tidy(text.ToString());
    }

    // Only an image of the mail itself is named; a remote one is left out (never fetched, so no tracking pixel fires).
    private static void InlineImage(StringBuilder text, HtmlTagToken tag)
    {
        var source = tag.Attributes.FirstOrDefault(a => a.Name.Equals("src", StringComparison.OrdinalIgnoreCase))?.Value?.Trim() ?? string.Empty;
        if (!source.StartsWith("cid:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var alt = tag.Attributes.FirstOrDefault(a => a.Name.Equals("alt", StringComparison.OrdinalIgnoreCase))?.Value?.Trim();
        if (text.Length > 0 && !char.IsWhiteSpace(text[^1]))
        {
            text.Append(' ');
        }

        text.Append("[imagen / image");
        if (!string.IsNullOrEmpty(alt))
        {
            text.Append(": ");
            AppendCollapsed(text, alt);
        }

        text.Append(']');
    }

    private static bool IsSafeLink(string link) =>
        link.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || link.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && !char.IsWhiteSpace(text[^1]))
                {
                    text.Append(' ');
                }
            }
            else if (!char.IsControl(c))
            {
                text.Append(c);
            }
        }
    }

    private static void LineBreak(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }

        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }
    }

    private static string Tidy(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.Trim())).Trim();
}
