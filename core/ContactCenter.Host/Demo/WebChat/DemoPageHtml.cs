using System.Globalization;
using System.Net;
using System.Text;

namespace ContactCenter.Host.Demo.WebChat;

/// <summary>
/// The test pages' HTML: an insurer-looking page per line that embeds the widget with one async script tag. No inline
/// script or style (the page's own style is <c>/demo/assets/demo.css</c>), every value HTML-encoded.
/// </summary>
internal static class DemoPageHtml
{
    public const string StylePath = "/demo/assets/demo.css";

    public static string Line(string line, DemoPageText text, DemoSignedVisitor? visitor)
    {
        var self = visitor is null ? $"/demo/webchat/{line}" : $"/demo/webchat/{line}/signed-in";
        var body = new StringBuilder()
            .Append("<p class=\"intro\">").Append(E(text.Intro)).Append("</p>\n");
        if (visitor is not null)
        {
            body.Append("<p class=\"signed-in\">").Append(E(string.Format(CultureInfo.InvariantCulture, text.SignedInAs, visitor.Name, visitor.Email))).Append("</p>\n");
        }

        body.Append("<ul class=\"links\">\n")
            .Append(Link(visitor is null ? $"/demo/webchat/{line}/signed-in?lang={text.Lang}" : $"/demo/webchat/{line}?lang={text.Lang}",
                visitor is null ? text.SignedInLink : text.GuestLink))
            .Append(Link($"/demo/webchat/{Other(line)}?lang={text.Lang}", $"{text.Insurer}: {text.LineName(Other(line))}"))
            .Append(Link($"/demo?lang={text.Lang}", text.IndexTitle))
            .Append("</ul>\n")
            .Append("<script async src=\"/webchat/widget.js\" data-inbox=\"").Append(E(line)).Append("\" data-lang=\"").Append(E(text.Lang)).Append('"');
        if (visitor is not null)
        {
            body.Append(" data-visitor-id=\"").Append(E(visitor.VisitorId))
                .Append("\" data-visitor-email=\"").Append(E(visitor.Email))
                .Append("\" data-visitor-name=\"").Append(E(visitor.Name))
                .Append("\" data-visitor-expires=\"").Append(visitor.Expires.ToString(CultureInfo.InvariantCulture))
                .Append("\" data-visitor-signature=\"").Append(E(visitor.Signature)).Append('"');
        }

        body.Append("></script>\n");
        return Document(text, $"{text.Insurer}: {text.LineName(line)}", $"{self}?lang={text.SwitchLang}", body.ToString());
    }

    public static string Index(DemoPageText text)
    {
        var body = new StringBuilder().Append("<p class=\"intro\">").Append(E(text.IndexIntro)).Append("</p>\n<ul class=\"links\">\n");
        foreach (var line in DemoWebChatEndpoints.Lines)
        {
            body.Append(Link($"/demo/webchat/{line}?lang={text.Lang}", $"{text.Insurer}: {text.LineName(line)}"))
                .Append(Link($"/demo/webchat/{line}/signed-in?lang={text.Lang}", $"{text.Insurer}: {text.LineName(line)} — {text.SignedInLink}"));
        }

        body.Append("</ul>\n");
        return Document(text, text.IndexTitle, $"/demo?lang={text.SwitchLang}", body.ToString());
    }

    public const string Style =
        "body{margin:0;font-family:system-ui,sans-serif;color:#1b2a3a;background:#f4f7fa}" +
        "header{background:#0b4f71;color:#fff;padding:1rem 2rem;display:flex;justify-content:space-between;align-items:center}" +
        "header a{color:#fff}main{max-width:48rem;margin:2rem auto;padding:0 1rem}" +
        ".signed-in{background:#e3f1e6;border-left:4px solid #2e7d32;padding:.75rem}" +
        ".links li{margin:.5rem 0}a{color:#0b4f71}footer{text-align:center;color:#555;font-size:.9rem;margin:3rem 0}";

    private static string Document(DemoPageText text, string title, string switchHref, string body) =>
        new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(E(text.Lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // No favicon: without this link the browser asks for /favicon.ico, a 404 on its console (img-src allows data:).
            .Append("<link rel=\"icon\" href=\"data:,\">\n")
            .Append("<title>").Append(E(title)).Append(" (demo)</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(StylePath).Append("\">\n</head>\n<body>\n")
            .Append("<header><strong>").Append(E(text.Insurer)).Append("</strong><a href=\"").Append(E(switchHref)).Append("\" lang=\"").Append(E(text.SwitchLang))
            .Append("\">").Append(E(text.Switch)).Append("</a></header>\n<main>\n<h1>").Append(E(title)).Append("</h1>\n")
            .Append(body)
            .Append("</main>\n<footer>").Append(E(text.Footer)).Append("</footer>\n</body>\n</html>\n")
            .ToString();

    private static string Link(string href, string label) => $"<li><a href=\"{E(href)}\">{E(label)}</a></li>\n";

    private static string Other(string line) => line == "autos" ? "salud" : "autos";

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
