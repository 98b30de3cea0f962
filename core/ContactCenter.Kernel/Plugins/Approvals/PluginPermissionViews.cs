using ContactCenter.Kernel.Plugins.Runtime;

namespace ContactCenter.Kernel.Plugins.Approvals;

/// <summary>Builds <see cref="PluginPermissionsView"/> from the active manifest and the approval.</summary>
internal static class PluginPermissionViews
{
    public static PluginPermissionsView Create(PluginRuntime runtime, PluginApproval? approval)
    {
        var requested = (runtime.Manifest?.Permissions ?? []).Order(StringComparer.Ordinal).ToList();
        var approved = approval?.Approved ?? [];
        return new PluginPermissionsView
        {
            PluginId = runtime.Id,
            Version = runtime.Registration.Version,
            Requested = requested,
            Approved = approved,
            Pending = requested.Except(approved, StringComparer.Ordinal).ToList(),
            Effective = requested.Intersect(approved, StringComparer.Ordinal).ToList(),
            Revoked = approval?.Revoked ?? [],
            ChangedAt = approval?.ChangedAt,
            ChangedBy = approval?.ChangedBy,
        };
    }
}
