using ContactCenter.Sdk.Http;
using Microsoft.AspNetCore.Http;

namespace ContactCenter.Kernel.Plugins.Http;

/// <summary>
/// The response a plugin writes. It cannot remove or replace the kernel's security headers, nor set the headers that
/// belong to the transport; such attempts are ignored (the SDK promises the kernel keeps its security headers).
/// </summary>
internal sealed class PluginHttpResponseAdapter(HttpResponse response) : IPluginHttpResponse
{
    /// <summary>Headers a plugin may not set: the kernel's security policy and the connection's framing.</summary>
    public static IReadOnlySet<string> ProtectedHeaders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Strict-Transport-Security", "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
        "Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Embedder-Policy", "Cross-Origin-Resource-Policy",
        "Connection", "Transfer-Encoding", "Upgrade", "Keep-Alive", "Server",
    };

    public int StatusCode
    {
        get => response.StatusCode;
        set => response.StatusCode = value;
    }

    public string? ContentType
    {
        get => response.ContentType;
        set => response.ContentType = value;
    }

    public bool HasStarted => response.HasStarted;

    public void SetHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        if (ProtectedHeaders.Contains(name))
        {
            return;
        }

        response.Headers[name] = value;
    }

    public ValueTask WriteAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) =>
        response.Body.WriteAsync(body, cancellationToken);
}
