using ContactCenter.Host.Security.Audit;
using ContactCenter.Kernel.Identity.OAuth.Keys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Security.OAuth;

/// <summary>
/// <c>/api/v1/oauth/keys</c> (<c>keys.manage</c>): the OAuth signing and encryption keys (ids and dates only), and
/// <c>POST …/rotate</c>: a new key of each use (or of the <c>use</c> given) becomes current at once on this node; the
/// retired ones keep validating for the longest token lifetime. Audited <c>oauth-key.rotated</c>.
/// </summary>
internal static class OAuthKeyEndpoints
{
    public static IEndpointRouteBuilder MapOAuthKeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/oauth/keys").WithTags("OAuth");
        group.MapGet("/", ListAsync).WithName("ListOAuthKeys").WithSummary("The OAuth signing and encryption keys: ids (JWT kid), use, creation and retirement dates.")
            .RequirePermission(Sdk.Permissions.KeysManage);
        group.MapPost("/rotate", RotateAsync).WithName("RotateOAuthKeys")
            .WithSummary("Creates new current OAuth keys (both uses, or ?use=signing|encryption); retired keys validate until the longest token lifetime has passed.")
            .RequirePermission(Sdk.Permissions.KeysManage);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<OAuthKeyInfo>>> ListAsync([FromServices] OAuthKeyRing ring, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ring.ListAsync(cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<IReadOnlyDictionary<string, string>>> RotateAsync(
        [FromQuery] string? use, HttpContext context, [FromServices] OAuthKeyRotation rotation, [FromServices] OAuthKeyReloader reloader)
    {
        var rotated = await rotation.RotateAsync(use, AuditTrailMiddleware.ActorOf(context.User), context.Connection.RemoteIpAddress?.ToString(), context.RequestAborted)
            .ConfigureAwait(false);
        await reloader.ReloadAsync(CancellationToken.None).ConfigureAwait(false);
        return TypedResults.Ok(rotated);
    }
}
