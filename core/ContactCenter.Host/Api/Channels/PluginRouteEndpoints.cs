using ContactCenter.Host.Security.Headers;
using ContactCenter.Kernel.Plugins.Http;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Channels;

/// <summary>
/// The kernel-owned plugin routes: <c>/api/v1/channels/{pluginId}/{**path}</c> (any method, WebSocket too) and the
/// fallback that serves plugins' public paths. Plugins never map endpoints; they are dispatched to here.
/// </summary>
internal static class PluginRouteEndpoints
{
    public static IEndpointRouteBuilder MapPluginRoutes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/api/v1/channels/{pluginId}/{**path}", DispatchApiAsync)
            .WithName("PluginApi").ExcludeFromDescription()
            .AllowPublic("Channel webhooks and plugin APIs: the plugin authenticates its callers (e.g. by webhook signature) and sees the caller's principal when there is one.");

        endpoints.MapFallback("{**path}", DispatchPublicAsync)
            .WithName("PluginPublicPaths").ExcludeFromDescription()
            .WithSecurityHeaders(SecurityHeadersPolicy.PluginContent)
            .AllowPublic("Public paths plugins declare in plugin.json (web chat pages and scripts for customers); anything else is a 404.");
        return endpoints;
    }

    private static async Task DispatchApiAsync(HttpContext context, string pluginId, string? path)
    {
        var dispatcher = context.RequestServices.GetService<IPluginHttpDispatcher>();
        if (dispatcher is null)
        {
            await NotFound(context, $"No active plugin '{pluginId}' serves this route.").ConfigureAwait(false);
            return;
        }

        await dispatcher.DispatchApiAsync(context, pluginId, "/" + (path ?? string.Empty)).ConfigureAwait(false);
    }

    private static async Task DispatchPublicAsync(HttpContext context)
    {
        var dispatcher = context.RequestServices.GetService<IPluginHttpDispatcher>();
        if (dispatcher is not null && await dispatcher.TryDispatchPublicAsync(context).ConfigureAwait(false))
        {
            return;
        }

        await NotFound(context, "Nothing is served at this path.").ConfigureAwait(false);
    }

    private static Task NotFound(HttpContext context, string detail)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = detail, Type = Errors.ProblemMapping.TypePrefix + "route.not-found" };
        problem.Extensions["code"] = "route.not-found";
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }
}
