using System.Text.RegularExpressions;

namespace ContactCenter.Host.Demo.WebChat;

/// <summary>
/// Demo mode's web chat test pages (mapped only in demo mode; elsewhere these paths are 404): <c>/demo</c> and
/// <c>/demo/webchat</c> list them, <c>/demo/webchat/{line}</c> embeds the widget for a guest and
/// <c>/demo/webchat/{line}/signed-in</c> for the demo customer signed in with a server-side signature. Spanish by
/// default, <c>?lang=en</c> for English. Each page is served under a strict Content-Security-Policy (no inline script or
/// style) that the widget runs under.
/// </summary>
internal static partial class DemoWebChatEndpoints
{
    public static IReadOnlyList<string> Lines { get; } = ["autos", "salud"];

    private const string Reason = "Demo mode only (loopback unless --demo-force): the test pages a customer would see on the insurer's site.";

    public static IEndpointRouteBuilder MapDemoWebChatPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/demo", Index).ExcludeFromDescription().AllowPublic(Reason);
        endpoints.MapGet("/demo/webchat", Index).ExcludeFromDescription().AllowPublic(Reason);
        endpoints.MapGet("/demo/webchat/{line}", Guest).ExcludeFromDescription().AllowPublic(Reason);
        endpoints.MapGet("/demo/webchat/{line}/signed-in", SignedInAsync).ExcludeFromDescription()
            .AllowPublic(Reason + " The signed identity is the demo customer's, made for this page.");
        endpoints.MapGet(DemoPageHtml.StylePath, () => Results.Text(DemoPageHtml.Style, "text/css; charset=utf-8")).ExcludeFromDescription().AllowPublic(Reason);
        return endpoints;
    }

    /// <summary>The policy a page is served under: scripts, styles and connections to this origin only.</summary>
    public static string PolicyFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.Request.Host.Value;
        var socket = host is not null && HostPattern().IsMatch(host) ? $" wss://{host}" : string.Empty;
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
            $"connect-src 'self'{socket}; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";
    }

    private static IResult Index(HttpContext context, string? lang) => Page(context, DemoPageHtml.Index(DemoPageText.For(lang)));

    private static IResult Guest(HttpContext context, string line, string? lang) =>
        Lines.Contains(line) ? Page(context, DemoPageHtml.Line(line, DemoPageText.For(lang), null)) : UnknownLine(line);

    private static async Task<IResult> SignedInAsync(HttpContext context, string line, string? lang, DemoVisitorSigner signer)
    {
        if (!Lines.Contains(line))
        {
            return UnknownLine(line);
        }

        var visitor = await signer.SignAsync(context.RequestAborted).ConfigureAwait(false);
        if (visitor is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Web chat unavailable",
                detail: "The web chat plugin did not give its identity secret; is it installed and enabled? / El chat web no está disponible.");
        }

        context.Response.Headers.CacheControl = "no-store";
        return Page(context, DemoPageHtml.Line(line, DemoPageText.For(lang), visitor));
    }

    private static IResult Page(HttpContext context, string html)
    {
        context.Response.Headers.ContentSecurityPolicy = PolicyFor(context);
        context.Response.Headers.XFrameOptions = "DENY";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult UnknownLine(string line) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: $"No demo line '{line}'; try {string.Join(" or ", Lines)}. / No hay una línea de demostración con ese nombre.");

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostPattern();
}
