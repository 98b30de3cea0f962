using ContactCenter.Host.Security.Permissions;

namespace ContactCenter.Host.Security.OAuth;

/// <summary>
/// Maps the endpoints OpenIddict passes through to us (token, authorize). Revocation, introspection, discovery and the
/// key set are answered by OpenIddict itself before routing.
/// </summary>
internal static class OAuthEndpoints
{
    public const string Token = "/connect/token";
    public const string Authorize = "/connect/authorize";
    public const string Revoke = "/connect/revoke";
    public const string Introspect = "/connect/introspect";

    public static IEndpointRouteBuilder MapOAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Token, TokenEndpoint.HandleAsync).ExcludeFromDescription()
            .AllowPublic("OAuth token endpoint: the client authenticates with its own credentials, checked by OpenIddict.");
        endpoints.MapMethods(Authorize, [HttpMethods.Get, HttpMethods.Post], AuthorizeEndpoint.HandleAsync).ExcludeFromDescription()
            .AllowPublic("OAuth authorization endpoint: checks the session cookie itself and answers 401 without one.");
        endpoints.MapOAuthKeyEndpoints();
        return endpoints;
    }
}
