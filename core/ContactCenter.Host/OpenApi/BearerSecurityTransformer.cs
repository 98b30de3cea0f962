using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContactCenter.Host.OpenApi;

/// <summary>Declares the bearer scheme in the OpenAPI document, so the reference page can send the token.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "ContactCenter API";
        document.Info.Description = "REST API of the ContactCenter platform. Errors are RFC 9457 problem+json. / API REST de la plataforma ContactCenter. Los errores son problem+json (RFC 9457).";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The local administrator token from {DataDirectory}/secrets/admin.token.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
