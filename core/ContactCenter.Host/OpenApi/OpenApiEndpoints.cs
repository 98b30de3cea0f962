using ContactCenter.Host.Security.Headers;
using Scalar.AspNetCore;

namespace ContactCenter.Host.OpenApi;

/// <summary>Maps <c>/openapi/v1.json</c> and the browsable reference at <c>/scalar</c> (scripts served from the package; no CDN, no web fonts).</summary>
internal static class OpenApiEndpoints
{
    public const string DocumentPattern = "/openapi/{documentName}.json";
    public const string ReferencePath = "/scalar";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentPattern).AllowPublic("The API description is public documentation; it holds no data.");
        endpoints.MapScalarApiReference(ReferencePath, options => options
                .WithTitle("ContactCenter API")
                .WithOpenApiRoutePattern(DocumentPattern)
                .DisableDefaultFonts()
                .DisableTelemetry())
            .WithSecurityHeaders(SecurityHeadersPolicy.ReferencePage)
            .AllowPublic("The API reference page is public documentation; calls made from it still need a token.");
        endpoints.MapGet("/", () => Results.Redirect(ReferencePath + "/v1")).ExcludeFromDescription()
            .AllowPublic("Redirects the bare address to the API reference.");
        return endpoints;
    }
}
