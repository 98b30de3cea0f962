using ContactCenter.Kernel.Plugins.Manifest;

namespace ContactCenter.Kernel.Plugins.Approvals;

/// <summary>One plugin version's checks, handed to its plugin-scoped kernel services.</summary>
internal sealed class PluginPermissionGuard(PluginPermissionEnforcer enforcer, PluginManifest manifest)
{
    public string PluginId => manifest.Id;

    /// <summary>Throws <see cref="Sdk.Errors.PermissionDeniedException"/> unless <paramref name="permission"/> is requested and approved now.</summary>
    public ValueTask DemandAsync(string permission, string operation, CancellationToken cancellationToken) =>
        enforcer.DemandAsync(manifest, permission, operation, cancellationToken);

    /// <summary>Whether <paramref name="permission"/> is requested and approved now; a refusal is reported, not thrown.</summary>
    public async ValueTask<bool> AllowsAsync(string permission, string operation, CancellationToken cancellationToken) =>
        await enforcer.CheckAsync(manifest, permission, operation, cancellationToken).ConfigureAwait(false) is null;
}
