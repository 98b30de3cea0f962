using ContactCenter.Kernel.Plugins.Approvals;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>Approving and revoking the plugin's permissions while it runs, as an administrator does.</summary>
public sealed partial class PluginTestKernel
{
    /// <summary>The permissions approved for the plugin now.</summary>
    public async Task<IReadOnlyList<string>> GrantedPermissionsAsync() =>
        (await Approvals.GetAsync(PluginId).ConfigureAwait(false)).Approved;

    /// <summary>Approves permissions the plugin requests; its next call needing one succeeds (no restart).</summary>
    /// <param name="permissions"><see cref="Permissions"/> names that <c>plugin.json</c> requests.</param>
    /// <returns>A task that completes once approved.</returns>
    /// <exception cref="Errors.InvalidRequestException">A name is unknown or not requested.</exception>
    public async Task GrantAsync(params string[] permissions) =>
        await Approvals.ApproveAsync(PluginId, permissions).ConfigureAwait(false);

    /// <summary>Revokes permissions; the plugin's next call needing one throws <see cref="Errors.PermissionDeniedException"/>.</summary>
    /// <param name="permissions"><see cref="Permissions"/> names.</param>
    /// <returns>A task that completes once revoked.</returns>
    /// <exception cref="Errors.InvalidRequestException">A name is unknown.</exception>
    public async Task RevokeAsync(params string[] permissions) =>
        await Approvals.RevokeAsync(PluginId, permissions).ConfigureAwait(false);

    private IPluginPermissionApprovals Approvals => Services.GetRequiredService<IPluginPermissionApprovals>();
}
