namespace ContactCenter.Kernel.Plugins.Approvals;

/// <summary>
/// The permissions administrators approve for each plugin. A plugin may use a kernel capability only when its active
/// version's <c>plugin.json</c> requests the permission it needs and the permission is approved here; every call is
/// checked against the current approval, so a revocation takes effect at once, without a restart. Every approval and
/// revocation is audited with its actor and the approved set before and after.
/// </summary>
public interface IPluginPermissionApprovals
{
    /// <summary>What the plugin requests and what is approved.</summary>
    /// <param name="pluginId">The plugin id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The permissions.</returns>
    /// <exception cref="Sdk.Errors.EntityNotFoundException">The plugin is not installed.</exception>
    ValueTask<PluginPermissionsView> GetAsync(string pluginId, CancellationToken cancellationToken = default);

    /// <summary>Approves permissions the plugin's active version requests (adding to those already approved).</summary>
    /// <param name="pluginId">The plugin id.</param>
    /// <param name="permissions">Permission names (<see cref="Sdk.Permissions"/>); each must be one the plugin requests.</param>
    /// <param name="cancellationToken">Cancels before anything changes.</param>
    /// <returns>The permissions after the change.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">A name is unknown or not requested, or none is given; nothing changed.</exception>
    /// <exception cref="Sdk.Errors.EntityNotFoundException">The plugin is not installed.</exception>
    ValueTask<PluginPermissionsView> ApproveAsync(string pluginId, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default);

    /// <summary>Revokes approved permissions; calls needing them are refused from now on.</summary>
    /// <param name="pluginId">The plugin id.</param>
    /// <param name="permissions">Permission names (<see cref="Sdk.Permissions"/>).</param>
    /// <param name="cancellationToken">Cancels before anything changes.</param>
    /// <returns>The permissions after the change.</returns>
    /// <exception cref="Sdk.Errors.InvalidRequestException">A name is unknown, or none is given; nothing changed.</exception>
    /// <exception cref="Sdk.Errors.EntityNotFoundException">The plugin is not installed.</exception>
    ValueTask<PluginPermissionsView> RevokeAsync(string pluginId, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken = default);
}
