using Microsoft.AspNetCore.Http;

namespace ContactCenter.Kernel.Plugins.Http;

/// <summary>
/// Hands requests on kernel-owned routes to the active version of the plugin that serves them. The host maps
/// <c>/api/v1/channels/{pluginId}/{**path}</c> and a fallback for public paths to it; plugins never map endpoints.
/// </summary>
public interface IPluginHttpDispatcher
{
    /// <summary>Dispatches a request under <c>/api/v1/channels/{pluginId}/</c>.</summary>
    /// <param name="context">The ASP.NET Core request.</param>
    /// <param name="pluginId">The plugin id from the route.</param>
    /// <param name="path">The rest of the path, starting with <c>/</c>.</param>
    /// <returns>A task that completes when the response is written: 404 when no active plugin serves it.</returns>
    Task DispatchApiAsync(HttpContext context, string pluginId, string path);

    /// <summary>Dispatches a request whose path falls under a public path an active plugin declared.</summary>
    /// <param name="context">The ASP.NET Core request.</param>
    /// <returns><see langword="true"/> if a plugin's public path matched and the request was handled.</returns>
    Task<bool> TryDispatchPublicAsync(HttpContext context);
}
