namespace ContactCenter.Sdk.Http;

/// <summary>
/// Serves HTTP for a plugin on routes the kernel owns: <c>/api/v1/channels/{pluginId}/…</c> (area
/// <see cref="PluginHttpArea.Api"/>) and the public path the plugin declares in <c>plugin.json</c>, such as
/// <c>/webchat/</c> (area <see cref="PluginHttpArea.Public"/>). Plugins never register ASP.NET endpoints:
/// those cannot be unloaded. Static files under the manifest's <c>staticAssets</c> folder are served by the
/// kernel before the handler is called.
/// </summary>
public interface IPluginHttpHandler
{
    /// <summary>Handles one request (or WebSocket session) for the plugin.</summary>
    /// <param name="context">The request and its response.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or the plugin is being unloaded.</param>
    /// <returns>A task that completes once the response is written (or the WebSocket closed).</returns>
    ValueTask HandleAsync(IPluginHttpContext context, CancellationToken cancellationToken);
}
