using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Sdk;
using ContactCenter.Sdk.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ContactCenter.Host.Api.Plugins;

/// <summary>Maps <c>/api/v1/plugins/{id}/permissions</c> over <see cref="IPluginPermissionApprovals"/>.</summary>
internal static class PluginPermissionEndpoints
{
    public static IEndpointRouteBuilder MapPluginPermissionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/plugins/{id}/permissions").WithTags("Plugins");
        group.MapGet("/", GetAsync).WithName("GetPluginPermissions")
            .WithSummary("What the plugin's active version requests, what is approved, what is pending and what it may use now.")
            .RequirePermission(Permissions.PluginsRead);
        group.MapPost("/approve", ApproveAsync).WithName("ApprovePluginPermissions")
            .WithSummary("Approves permissions the plugin requests (added to those approved); audited.")
            .RequirePermission(Permissions.PluginsManage);
        group.MapPost("/revoke", RevokeAsync).WithName("RevokePluginPermissions")
            .WithSummary("Revokes approved permissions; the plugin's next call needing one is refused. Audited.")
            .RequirePermission(Permissions.PluginsManage);
        return endpoints;
    }

    private static async Task<Ok<PluginPermissionsView>> GetAsync(string id, [FromServices] IPluginPermissionApprovals approvals, CancellationToken cancellationToken) =>
        TypedResults.Ok(await approvals.GetAsync(id, cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<PluginPermissionsView>> ApproveAsync(
        string id, [FromBody] PluginPermissionsRequest? request, [FromServices] IPluginPermissionApprovals approvals, CancellationToken cancellationToken) =>
        TypedResults.Ok(await approvals.ApproveAsync(id, Names(request), cancellationToken).ConfigureAwait(false));

    private static async Task<Ok<PluginPermissionsView>> RevokeAsync(
        string id, [FromBody] PluginPermissionsRequest? request, [FromServices] IPluginPermissionApprovals approvals, CancellationToken cancellationToken) =>
        TypedResults.Ok(await approvals.RevokeAsync(id, Names(request), cancellationToken).ConfigureAwait(false));

    private static IReadOnlyList<string> Names(PluginPermissionsRequest? request) =>
        request?.Permissions ?? throw new InvalidRequestException("permissions", "Send {\"permissions\": [\"...\"]} naming at least one permission.");
}
