using System.Net;
using System.Net.WebSockets;
using System.Security.Claims;

namespace ContactCenter.Sdk.Http;

/// <summary>One HTTP request dispatched to a plugin, with its response.</summary>
public interface IPluginHttpContext
{
    /// <summary>The route the request came in on.</summary>
    PluginHttpArea Area { get; }

    /// <summary>The HTTP method, upper case.</summary>
    string Method { get; }

    /// <summary>The path below the area root, starting with <c>/</c> (e.g. <c>/webhook</c> or <c>/widget.js</c>).</summary>
    string Path { get; }

    /// <summary>The raw query string including the leading <c>?</c>, or empty.</summary>
    string QueryString { get; }

    /// <summary>Query parameters by name (case-insensitive).</summary>
    IReadOnlyDictionary<string, string[]> Query { get; }

    /// <summary>Request headers by name (case-insensitive).</summary>
    IReadOnlyDictionary<string, string[]> Headers { get; }

    /// <summary>The request's content type, if any.</summary>
    string? ContentType { get; }

    /// <summary>The address of the client (after trusted proxies).</summary>
    IPAddress? RemoteAddress { get; }

    /// <summary>The authenticated caller; an unauthenticated principal for anonymous requests such as webhooks.</summary>
    ClaimsPrincipal User { get; }

    /// <summary>The trace id of the request, for logs and error reports.</summary>
    string TraceId { get; }

    /// <summary>The largest request body the kernel accepts for this plugin, in bytes.</summary>
    long MaxBodyBytes { get; }

    /// <summary>
    /// Reads the whole request body exactly as received (for webhook signatures such as <c>X-Hub-Signature-256</c>).
    /// May be called more than once.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The raw body bytes.</returns>
    /// <exception cref="Errors.RequestTooLargeException">The body exceeds <see cref="MaxBodyBytes"/>; the kernel answers 413.</exception>
    ValueTask<ReadOnlyMemory<byte>> ReadBodyAsync(CancellationToken cancellationToken);

    /// <summary>Whether the request asks for a WebSocket upgrade.</summary>
    bool IsWebSocketRequest { get; }

    /// <summary>Accepts the WebSocket upgrade. The session lasts until the handler returns.</summary>
    /// <param name="subProtocol">The sub-protocol to select, if any.</param>
    /// <returns>The socket.</returns>
    /// <exception cref="InvalidOperationException">The request is not a WebSocket request.</exception>
    ValueTask<WebSocket> AcceptWebSocketAsync(string? subProtocol = null);

    /// <summary>The response to write.</summary>
    IPluginHttpResponse Response { get; }
}
