namespace ContactCenter.Host.Security.Headers;

/// <summary>Adds the security headers the endpoint's <see cref="SecurityHeadersPolicy"/> calls for. HSTS comes from UseHsts.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public const string ReferencePagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public const string IdentityPagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public const string AgentShellPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<SecurityHeadersMetadata>()?.Policy ?? SecurityHeadersPolicy.Api;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        switch (policy)
        {
            case SecurityHeadersPolicy.Api:
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = ApiPolicy;
                headers["Cross-Origin-Resource-Policy"] = "same-origin";
                break;
            case SecurityHeadersPolicy.ReferencePage:
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = ReferencePagePolicy;
                break;
            case SecurityHeadersPolicy.IdentityPage:
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = IdentityPagePolicy;
                break;
            case SecurityHeadersPolicy.AgentShell:
                headers.XFrameOptions = "DENY";
                headers.ContentSecurityPolicy = AgentShellPolicy;
                break;
            case SecurityHeadersPolicy.PluginContent:
                break;
        }

        return next(context);
    }
}
