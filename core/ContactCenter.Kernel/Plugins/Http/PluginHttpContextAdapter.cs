using System.Diagnostics;
using System.Net;
using System.Net.WebSockets;
using System.Security.Claims;
using ContactCenter.Sdk.Errors;
using ContactCenter.Sdk.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ContactCenter.Kernel.Plugins.Http;

/// <summary>An ASP.NET Core request as a plugin sees it: kernel types never cross into the plugin.</summary>
internal sealed class PluginHttpContextAdapter : IPluginHttpContext
{
    /// <summary>How much beyond the limit is read and discarded before answering 413.</summary>
    public const long DrainAllowance = 1024 * 1024;

    private readonly HttpContext _http;
    private ReadOnlyMemory<byte>? _body;
    private IReadOnlyDictionary<string, string[]>? _query;
    private IReadOnlyDictionary<string, string[]>? _headers;

    public PluginHttpContextAdapter(HttpContext http, PluginHttpArea area, string path, long maxBodyBytes)
    {
        _http = http;
        Area = area;
        Path = path;
        MaxBodyBytes = maxBodyBytes;
        Response = new PluginHttpResponseAdapter(http.Response);

        // Let the server accept what the manifest allows (up to 50 MiB), plus a bounded overshoot that is read and
        // discarded, so that a client sending a little too much gets a clean 413 rather than a reset connection.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBodyBytes + DrainAllowance;
        }
    }

    public PluginHttpArea Area { get; }

    public string Method => _http.Request.Method.ToUpperInvariant();

    public string Path { get; }

    public string QueryString => _http.Request.QueryString.Value ?? string.Empty;

    public IReadOnlyDictionary<string, string[]> Query => _query ??= Copy(_http.Request.Query.Select(q => (q.Key, q.Value)));

    public IReadOnlyDictionary<string, string[]> Headers => _headers ??= Copy(_http.Request.Headers.Select(h => (h.Key, h.Value)));

    public string? ContentType => _http.Request.ContentType;

    public IPAddress? RemoteAddress => _http.Connection.RemoteIpAddress;

    public ClaimsPrincipal User => _http.User;

    public string TraceId => Activity.Current?.TraceId.ToString() ?? _http.TraceIdentifier;

    public long MaxBodyBytes { get; }

    public bool IsWebSocketRequest => _http.WebSockets.IsWebSocketRequest;

    public IPluginHttpResponse Response { get; }

    public async ValueTask<ReadOnlyMemory<byte>> ReadBodyAsync(CancellationToken cancellationToken)
    {
        if (_body is { } cached)
        {
            return cached;
        }

        if (_http.Request.ContentLength > MaxBodyBytes)
        {
            throw new RequestTooLargeException(MaxBodyBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        var tooLarge = false;
        int read;
        try
        {
            while ((read = await _http.Request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                tooLarge |= buffer.Length + read > MaxBodyBytes;
                if (!tooLarge)
                {
                    buffer.Write(chunk, 0, read);
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Beyond the overshoot the server stops reading; it will close the connection after the 413.
            tooLarge = true;
        }

        if (tooLarge)
        {
            throw new RequestTooLargeException(MaxBodyBytes);
        }

        _body = buffer.ToArray();
        return _body.Value;
    }

    public async ValueTask<WebSocket> AcceptWebSocketAsync(string? subProtocol = null)
    {
        if (!IsWebSocketRequest)
        {
            throw new InvalidOperationException("The request is not a WebSocket upgrade request.");
        }

        return await _http.WebSockets.AcceptWebSocketAsync(subProtocol).ConfigureAwait(false);
    }

    private static Dictionary<string, string[]> Copy(IEnumerable<(string Key, Microsoft.Extensions.Primitives.StringValues Values)> items) =>
        items.ToDictionary(i => i.Key, i => i.Values.Where(v => v is not null).Select(v => v!).ToArray(), StringComparer.OrdinalIgnoreCase);
}
