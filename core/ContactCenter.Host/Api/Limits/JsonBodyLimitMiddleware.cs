using ContactCenter.Host.Configuration;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ContactCenter.Host.Api.Limits;

/// <summary>
/// Applies <c>CC:Api:MaxJsonBodyBytes</c> to JSON endpoints before their body is read; a larger body is refused with
/// 413 while it streams in. Plugin packages and plugin routes set their own limits.
/// </summary>
internal sealed class JsonBodyLimitMiddleware(RequestDelegate next, IOptions<ApiOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<JsonBodyLimitMetadata>() is not null
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.Value.MaxJsonBodyBytes;
        }

        return next(context);
    }
}
