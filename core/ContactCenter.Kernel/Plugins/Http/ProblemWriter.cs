using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ContactCenter.Kernel.Plugins.Http;

/// <summary>Writes the dispatcher's RFC 9457 problem responses.</summary>
internal static class ProblemWriter
{
    public static async Task WriteAsync(HttpContext context, int status, string title, string detail, int? retryAfterSeconds = null)
    {
        if (context.Response.HasStarted)
        {
            // Too late for a status: end the response so the client sees a failure, not a truncated success.
            context.Abort();
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var problem = new Dictionary<string, object?>
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = context.Request.Path.Value,
            ["traceId"] = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier,
        };
        await context.Response.WriteAsync(JsonSerializer.Serialize(problem, KernelJson.Options), context.RequestAborted).ConfigureAwait(false);
    }
}
