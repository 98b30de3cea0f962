using ContactCenter.Kernel.Security.Encryption.Keys;
using ContactCenter.Kernel.Security.Encryption.Rotation;
using ContactCenter.Sdk;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Keys;

/// <summary>
/// Maps <c>GET /api/v1/keys</c> (key ring and rotation progress) and <c>POST /api/v1/keys/rotate</c> (a new data key,
/// then every stored encrypted value re-encrypted under it in the background: resumable, idempotent, reads keep
/// working throughout). Both need <c>keys.manage</c>; the POST is audited like every change, and the rotation's key ring
/// changes are committed with <c>cc.security.key-ring-changed</c> events.
/// </summary>
internal static class KeyEndpoints
{
    public static IEndpointRouteBuilder MapKeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/keys").WithTags("Keys");
        group.MapGet("/", GetAsync).WithName("GetKeyRing")
            .WithSummary("The encryption key ring (ids and dates only) and the progress of the latest data key rotation.")
            .RequirePermission(Permissions.KeysManage);
        group.MapPost("/rotate", RotateAsync).WithName("RotateDataKey")
            .WithSummary("Creates a new data key and re-encrypts stored data under it in the background; returns the running rotation when one is already running.")
            .RequirePermission(Permissions.KeysManage);
        return endpoints;
    }

    private static async Task<Ok<KeysView>> GetAsync([FromServices] IKeyManager keys, [FromServices] IKeyRotation rotations, CancellationToken cancellationToken) =>
        TypedResults.Ok(new KeysView(
            await keys.GetStatusAsync(cancellationToken).ConfigureAwait(false),
            await rotations.GetAsync(cancellationToken).ConfigureAwait(false)));

    private static async Task<Accepted<KeyRotationStart>> RotateAsync([FromServices] IKeyRotation rotations, CancellationToken cancellationToken) =>
        TypedResults.Accepted("/api/v1/keys", await rotations.StartAsync(cancellationToken).ConfigureAwait(false));
}
