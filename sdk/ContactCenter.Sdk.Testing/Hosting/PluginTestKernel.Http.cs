using System.Net.WebSockets;
using Microsoft.AspNetCore.TestHost;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>HTTP to the plugin on the kernel-owned routes, in memory (no sockets), through the kernel's dispatcher.</summary>
public sealed partial class PluginTestKernel
{
    /// <summary>A client for the kernel's routes: send raw bodies and headers with <see cref="HttpRequestMessage"/>.</summary>
    /// <returns>A client whose base address is the in-memory server; dispose it when done.</returns>
    public HttpClient CreateClient() => _app.GetTestServer().CreateClient();

    /// <summary>The address of a path under the plugin's API area, <c>/api/v1/channels/{pluginId}/</c>.</summary>
    /// <param name="path">The path below the area (e.g. <c>/messages?conversationId=c1</c>).</param>
    /// <returns>A relative address for <see cref="CreateClient"/>.</returns>
    public Uri ApiUri(string path = "/") => new($"/api/v1/channels/{PluginId}/{(path ?? string.Empty).TrimStart('/')}", UriKind.Relative);

    /// <summary>The address of a path under the plugin's public path (e.g. <c>/echo/</c>).</summary>
    /// <param name="path">The path below the public path.</param>
    /// <returns>A relative address for <see cref="CreateClient"/>.</returns>
    /// <exception cref="InvalidOperationException">The manifest declares no public path.</exception>
    public Uri PublicUri(string path = "/") =>
        PublicPath is { } root
            ? new Uri(root + (path ?? string.Empty).TrimStart('/'), UriKind.Relative)
            : throw new InvalidOperationException($"Plugin '{PluginId}' declares no publicPath in plugin.json.");

    /// <summary>Opens a WebSocket to a kernel route of the plugin (e.g. <c>PublicUri("/socket")</c>).</summary>
    /// <param name="address">A relative address from <see cref="ApiUri"/> or <see cref="PublicUri"/>.</param>
    /// <param name="cancellationToken">Cancels the handshake.</param>
    /// <returns>The open socket; close and dispose it when done.</returns>
    public async Task<WebSocket> ConnectWebSocketAsync(Uri address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        var server = _app.GetTestServer();
        var absolute = new Uri(server.BaseAddress, address);
        var target = new UriBuilder(absolute) { Scheme = absolute.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;
        return await server.CreateWebSocketClient().ConnectAsync(target, cancellationToken).ConfigureAwait(false);
    }
}
