namespace ContactCenter.Sdk.Http;

/// <summary>The response a plugin writes to an <see cref="IPluginHttpContext"/>.</summary>
public interface IPluginHttpResponse
{
    /// <summary>The status code; 200 unless set. Set it before writing the body.</summary>
    int StatusCode { get; set; }

    /// <summary>The content type of the body.</summary>
    string? ContentType { get; set; }

    /// <summary>Whether the status and headers were already sent.</summary>
    bool HasStarted { get; }

    /// <summary>Sets a response header, replacing any previous value. The kernel keeps its security headers.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value.</param>
    void SetHeader(string name, string value);

    /// <summary>Writes bytes to the body.</summary>
    /// <param name="body">The bytes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes once written.</returns>
    ValueTask WriteAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken);
}
