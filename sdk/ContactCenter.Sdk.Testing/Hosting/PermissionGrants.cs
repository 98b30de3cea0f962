using ContactCenter.Kernel.Plugins.Approvals;
using ContactCenter.Kernel.Plugins.Manifest;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Sdk.Testing.Hosting;

/// <summary>Approves the permissions a test grants before the plugin loads, through the kernel's own approval store.</summary>
internal static class PermissionGrants
{
    public static async Task ApproveAsync(IServiceProvider services, string pluginDirectory, IReadOnlyList<string>? granted, CancellationToken cancellationToken)
    {
        var check = PluginManifestReader.ReadDirectory(pluginDirectory);
        if (check.Manifest is not { } manifest)
        {
            // The install that follows reports what is wrong with the manifest.
            return;
        }

        var names = granted ?? manifest.Permissions;
        var wrong = names.Where(n => !manifest.Permissions.Contains(n, StringComparer.Ordinal)).ToList();
        if (wrong.Count > 0)
        {
            throw new ArgumentException(
                $"GrantedPermissions names permissions plugin.json does not request: {string.Join(", ", wrong)}. Request them in plugin.json first (requested: {string.Join(", ", manifest.Permissions)}).",
                nameof(granted));
        }

        await services.GetRequiredService<PluginPermissionApprovals>().AutoApproveAsync(manifest.Id, names, cancellationToken).ConfigureAwait(false);
    }
}
