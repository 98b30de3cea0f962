namespace ContactCenter.Host.Api.Plugins;

/// <summary>The body of <c>POST /api/v1/plugins/{id}/permissions/approve</c> and <c>/revoke</c>.</summary>
/// <param name="Permissions">Permission names, e.g. <c>["interactions.write"]</c>.</param>
internal sealed record PluginPermissionsRequest(IReadOnlyList<string>? Permissions);
