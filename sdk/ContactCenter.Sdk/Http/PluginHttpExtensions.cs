using System.Text;
using System.Text.Json;

namespace ContactCenter.Sdk.Http;

/// <summary>Conveniences for writing plugin HTTP responses.</summary>
public static class PluginHttpExtensions
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 with the given content type.</summary>
    /// <param name="response">The response.</param>
    /// <param name="text">The text.</param>
    /// <param name="contentType">The content type; plain text by default.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once written.</returns>
    public static ValueTask WriteTextAsync(this IPluginHttpResponse response, string text, string contentType = "text/plain; charset=utf-8", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = contentType;
        return response.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken);
    }

    /// <summary>Writes <paramref name="value"/> as JSON.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Serializer options the plugin owns (resolve them from the plugin's services).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once written.</returns>
    public static ValueTask WriteJsonAsync<T>(this IPluginHttpResponse response, T value, JsonSerializerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentType = "application/json; charset=utf-8";
        return response.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(value, options), cancellationToken);
    }

    /// <summary>Writes an RFC 9457 problem response.</summary>
    /// <param name="response">The response.</param>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="title">A short, human-readable summary.</param>
    /// <param name="detail">An explanation specific to this occurrence; never secrets or personal data.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once written.</returns>
    public static ValueTask WriteProblemAsync(this IPluginHttpResponse response, int status, string title, string? detail = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = status;
        response.ContentType = "application/problem+json";
        var problem = new Dictionary<string, object?> { ["type"] = "about:blank", ["title"] = title, ["status"] = status, ["detail"] = detail };
        return response.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(problem, ProblemOptions), cancellationToken);
    }

    // Only SDK types go through these options, so sharing them cannot pin a plugin's types.
    private static readonly JsonSerializerOptions ProblemOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The first value of a header, or <see langword="null"/>.</summary>
    /// <param name="context">The request.</param>
    /// <param name="name">The header name (case-insensitive).</param>
    /// <returns>The first value, if the header is present.</returns>
    public static string? GetHeader(this IPluginHttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Headers.TryGetValue(name, out var values) && values.Length > 0 ? values[0] : null;
    }

    /// <summary>The first value of a query parameter, or <see langword="null"/>.</summary>
    /// <param name="context">The request.</param>
    /// <param name="name">The parameter name (case-insensitive).</param>
    /// <returns>The first value, if present.</returns>
    public static string? GetQuery(this IPluginHttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Query.TryGetValue(name, out var values) && values.Length > 0 ? values[0] : null;
    }
}
