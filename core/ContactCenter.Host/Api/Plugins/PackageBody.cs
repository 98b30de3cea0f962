using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContactCenter.Host.Api.Plugins;

/// <summary>Reads a raw plugin package from a request body, refusing wrong media types and oversized bodies before anything changes.</summary>
internal static class PackageBody
{
    public static readonly string[] MediaTypes = ["application/zip", "application/octet-stream", "application/x-zip-compressed"];

    /// <summary>
    /// Describes the raw package body in the OpenAPI document. (Accepts metadata would do it too, but routing would then
    /// send other media types to the fallback as a 404 instead of this endpoint's 415.)
    /// </summary>
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The plugin package (.zip or .nupkg) as the raw body.",
            Content = MediaTypes[..2].ToDictionary(m => m, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } }),
        };
        return Task.CompletedTask;
    }

    public static async Task<MemoryStream> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !MediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException(
                $"Send the package as the raw body with Content-Type {string.Join(" or ", MediaTypes[..2])}; got '{request.ContentType ?? "none"}'.",
                StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > limit)
        {
            throw new RequestTooLargeException(limit);
        }

        var sizeFeature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new RequestTooLargeException(limit);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            throw new InvalidRequestException("body", "The package is empty.");
        }

        buffer.Position = 0;
        return buffer;
    }
}
