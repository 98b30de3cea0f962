using System.Text;
using Microsoft.Playwright;

namespace ContactCenter.E2E.WebChat;

/// <summary>
/// The insurer's web page, on its own origin (https://www.aseguradora.test, answered by the browser's request routing,
/// never the network) with a strict Content-Security-Policy that allows only the contact center's origin for scripts,
/// styles, the socket and the file uploads and downloads: no inline script or style anywhere. It embeds the widget with one async script tag.
/// </summary>
internal static class InsurerPage
{
    public const string Url = "https://www.aseguradora.test/contacto";

    /// <summary>
    /// In production both sites are public; here the contact center listens on loopback, which Chromium's local network
    /// access checks forbid to a public page. Only those checks are turned off; CSP and CORS stay as they are.
    /// </summary>
    public static readonly string[] BrowserArguments =
        ["--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults"];

    public static string Policy(Uri host) =>
        $"default-src 'none'; script-src {host.GetLeftPart(UriPartial.Authority)}; style-src {host.GetLeftPart(UriPartial.Authority)}; " +
        $"connect-src wss://{host.Authority} {host.GetLeftPart(UriPartial.Authority)}; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <param name="context">The browser context of the visitor.</param>
    /// <param name="host">The contact center.</param>
    /// <param name="inbox">The widget's inbox.</param>
    /// <param name="visitorAttributes">Extra attributes of the script tag, e.g. a signed-in visitor's <c>data-visitor-*</c>.</param>
    /// <param name="lang">The page's language and the widget's <c>data-lang</c>.</param>
    public static Task RouteAsync(IBrowserContext context, Uri host, string inbox, string visitorAttributes = "", string lang = "es") =>
        context.RouteAsync(Url, route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = Policy(host) },
            BodyBytes = Encoding.UTF8.GetBytes($"""
                <!doctype html>
                <html lang="{lang}">
                <head>
                  <meta charset="utf-8">
                  <title>Aseguradora · Contacto</title>
                  <script async src="{host.GetLeftPart(UriPartial.Authority)}/webchat/widget.js" data-inbox="{inbox}" data-lang="{lang}"{visitorAttributes}></script>
                </head>
                <body><main><h1>Aseguradora</h1><p>Estamos para ayudarle.</p></main></body>
                </html>
                """),
        }));
}
