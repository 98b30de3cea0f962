using ContactCenter.Plugins.Channels.WebChat.Plugin;
using ContactCenter.Sdk.Http;

namespace ContactCenter.Plugins.Channels.WebChat.Files;

/// <summary>
/// CORS for the file routes: the widget runs on the insurer's page (another origin) and sends the session token in a
/// header, so the browser asks first (preflight). Only the configured origins are answered; no cookies are involved, so
/// credentials are never allowed.
/// </summary>
internal static class CrossOrigin
{
    public const string SessionHeader = "X-WebChat-Session";

    /// <summary>Adds the CORS answer for an allowed origin; returns whether the origin may call at all.</summary>
    public static bool Apply(IPluginHttpContext context, WebChatOptions options)
    {
        var origin = context.GetHeader("Origin");
        context.Response.SetHeader("Vary", "Origin");
        if (!options.IsOriginAllowed(origin))
        {
            return false;
        }

        if (origin is not null)
        {
            context.Response.SetHeader("Access-Control-Allow-Origin", origin);
            context.Response.SetHeader("Access-Control-Expose-Headers", "Content-Disposition");
        }

        return true;
    }

    /// <summary>Answers a preflight: 204 for an allowed origin, 403 otherwise.</summary>
    public static ValueTask PreflightAsync(IPluginHttpContext context, WebChatOptions options, CancellationToken cancellationToken)
    {
        if (!Apply(context, options))
        {
            return context.Response.WriteProblemAsync(403, "Origin not allowed", "This site may not use the web chat.", cancellationToken);
        }

        context.Response.SetHeader("Access-Control-Allow-Methods", "GET, POST");
        context.Response.SetHeader("Access-Control-Allow-Headers", SessionHeader + ", Content-Type");
        context.Response.SetHeader("Access-Control-Max-Age", "600");
        context.Response.StatusCode = 204;
        return ValueTask.CompletedTask;
    }
}
